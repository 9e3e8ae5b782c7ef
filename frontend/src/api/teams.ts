import { get, request } from './http';
import type { DutyNow, DutyShift, DutyWeek, Team, TeamRole } from './types';

const teams = '/api/v1/teams';

/** The teams that answer the channel accounts and check each other's texts, and their members with their roles. */
export const teamsApi = {
  teams: () => get<Team[]>(teams),
  createTeam: (name: string, unitId: number | null) => request<Team>('POST', teams, { name, unitId }),
  setMembers: (id: number, members: { userId: number; role: TeamRole }[]) => request<Team>('PUT', `${teams}/${id}/members`, { members }),
  /** The duty roster of the week holding `week` (an ISO date; this week when left out). */
  dutyWeek: (id: number, week?: string) => get<DutyWeek>(`${teams}/${id}/duty${week ? `?week=${week}` : ''}`),
  addShift: (id: number, shift: { date: string; starts: string; ends: string; userIds: number[] }) =>
    request<DutyShift>('POST', `${teams}/${id}/duty/shifts`, shift),
  staffShift: (id: number, shiftId: number, userIds: number[]) => request<DutyShift>('PUT', `${teams}/${id}/duty/shifts/${shiftId}`, { userIds }),
  removeShift: (id: number, shiftId: number) => request<void>('DELETE', `${teams}/${id}/duty/shifts/${shiftId}`),
  dutyNow: () => get<DutyNow[]>(`${teams}/duty/now`),
};
