import { get, query, request } from './http';
import type { Account, AccountDraft, AccountFigures, Connection, ManualLogEntry, MetaConnection, MetaPageKind, PageOf, ScheduledPost, SimulatedDelivery, SimulatorState } from './types';

const channels = '/api/v1/channels';

/** The channel accounts, the Meta connection and figures, scheduled posts and their review, and the simulator. */
export const channelsApi = {
  accounts: () => get<Account[]>(`${channels}/accounts`),
  createAccount: (account: AccountDraft) => request<Account>('POST', `${channels}/accounts`, account),
  updateAccount: (id: number, account: AccountDraft) => request<Account>('PUT', `${channels}/accounts/${id}`, account),
  metaConnection: (accountId: number) => get<MetaConnection>(`${channels}/accounts/${accountId}/meta`),
  connectMeta: (accountId: number, connection: { pageId: string; accessToken: string; kind: MetaPageKind }) =>
    request<MetaConnection>('PUT', `${channels}/accounts/${accountId}/meta`, connection),
  connection: (accountId: number) => get<Connection>(`${channels}/accounts/${accountId}/connection`),
  /** Answers the platform's authorize address; the browser goes there and comes back to the account's page. */
  startConnect: (accountId: number) => request<{ authorizeUrl: string }>('POST', `${channels}/accounts/${accountId}/connect`),
  pollNow: (accountId: number) => request<Connection>('POST', `${channels}/accounts/${accountId}/connection/poll`),
  manualLog: (accountId: number) => get<ManualLogEntry[]>(`${channels}/accounts/${accountId}/manual-log`),
  logManual: (accountId: number, entry: { topic: string; replySummary: string; heldOn: string }) =>
    request<ManualLogEntry>('POST', `${channels}/accounts/${accountId}/manual-log`, entry),
  importFigures: (accountId: number, csv: string) =>
    request<{ figures: number }>('POST', `${channels}/accounts/${accountId}/figures/import`, { csv }),
  accountFigures: (accountId: number, range: { from?: string; to?: string } = {}) =>
    get<AccountFigures>(`${channels}/accounts/${accountId}/figures${query(range)}`),
  pullFigures: (accountId: number) => request<{ stored: number }>('POST', `${channels}/accounts/${accountId}/figures/pull`),
  scheduledPosts: (accountId: number) => get<ScheduledPost[]>(`${channels}/accounts/${accountId}/scheduled-posts`),
  schedulePost: (accountId: number, post: { message: string; publishAt: string }) =>
    request<ScheduledPost>('POST', `${channels}/accounts/${accountId}/scheduled-posts`, post),
  /** The scheduled posts waiting for a second pair of eyes in the caller's teams. */
  postsAwaitingApproval: () => get<ScheduledPost[]>(`${channels}/scheduled-posts/awaiting-approval`),
  approvePost: (id: number) => request<ScheduledPost>('POST', `${channels}/scheduled-posts/${id}/approve`),
  rejectPost: (id: number, comment: string) => request<ScheduledPost>('POST', `${channels}/scheduled-posts/${id}/reject`, { comment }),
  simulator: (accountId: number) => get<SimulatorState>(`${channels}/accounts/${accountId}/simulator`),
  setSimulator: (accountId: number, settings: { ratePerMinute: number; privateShare: number }) =>
    request<SimulatorState>('PUT', `${channels}/accounts/${accountId}/simulator`, settings),
  simulatorSent: (accountId: number, page: number) =>
    get<PageOf<SimulatedDelivery>>(`${channels}/accounts/${accountId}/simulator/sent${query({ page })}`),
};
