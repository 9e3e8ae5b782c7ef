import type { Me } from '../api/types';
import { employee } from './fakeServer';

/** Kari Aasen, a leader who schedules nettprats and sends hearings, as the session and as a person. */
export const leader = {
  id: 7,
  name: 'Kari Aasen',
  unitName: 'Arbeids- og velferdsdirektoratet',
  me: { ...employee, id: 7, username: 'leder', name: 'Kari Aasen', roles: ['EMPLOYEE', 'LEADER'] } satisfies Me,
};
