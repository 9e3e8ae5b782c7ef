import { get, request } from './http';
import type { Team, TeamRole } from './types';

const teams = '/api/v1/teams';

/** The teams that answer the channel accounts and check each other's texts, and their members with their roles. */
export const teamsApi = {
  teams: () => get<Team[]>(teams),
  createTeam: (name: string, unitId: number | null) => request<Team>('POST', teams, { name, unitId }),
  setMembers: (id: number, members: { userId: number; role: TeamRole }[]) => request<Team>('PUT', `${teams}/${id}/members`, { members }),
};
