import type { LiveEvent, Me } from '../api/types';
import { employee } from './fakeServer';

/** Kari Aasen, a leader who schedules nettprats and sends hearings, as the session and as a person. */
export const leader = {
  id: 7,
  name: 'Kari Aasen',
  unitName: 'Arbeids- og velferdsdirektoratet',
  me: { ...employee, id: 7, username: 'leder', name: 'Kari Aasen', roles: ['EMPLOYEE', 'LEADER'] } satisfies Me,
};

/** Nettprat 3, scheduled far ahead with Kari Aasen leading, one helper and one moderator; `changes` replaces fields. */
export function scheduledNettprat(changes: Partial<LiveEvent> = {}): LiveEvent {
  return {
    id: 3,
    title: 'Nettprat med direktøren',
    description: '',
    startsAt: '2099-01-10T11:00:00Z',
    endsAt: '2099-01-10T12:00:00Z',
    state: 'SCHEDULED',
    leaders: [{ id: leader.id, name: leader.name, unitName: leader.unitName }],
    helpers: [{ id: 6, name: 'Per Kristian Moen', unitName: 'Ytelsesavdelingen – regelverk' }],
    moderators: [{ id: 5, name: 'Marit Sønsteby', unitName: 'NAV Kontaktsenter Oppland' }],
    canModerate: false,
    canAnswer: false,
    questions: [],
    lastChangeId: 0,
    figures: { viewers: 0, questions: 0, answered: 0, merged: 0, declined: 0, unanswered: 0 },
    archivedDiscussionId: null,
    announcementDiscussionId: null,
    canManagePeople: true,
    peopleChanges: [],
    canCancel: false,
    cancelledAt: null,
    cancelReason: null,
    ...changes,
  };
}
