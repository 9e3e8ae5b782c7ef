import { get, query, request } from './http';
import type { Approval, PageOf, Reply } from './types';

const approvals = '/api/v1/approvals';

/** Four eyes: the replies waiting for a second advisor, and the decision on each. */
export const approvalApi = {
  waiting: (teamId: number | null, page: number) => get<PageOf<Approval>>(`${approvals}${query({ teamId, page, size: 20 })}`),
  /** Approves a reply; with `body` the approver's edit replaces the text (and is recorded). */
  approve: (replyId: number, body?: string) =>
    request<Reply>('POST', `${approvals}/${replyId}/approve`, body === undefined ? undefined : { body }),
  reject: (replyId: number, comment: string) => request<Reply>('POST', `${approvals}/${replyId}/reject`, { comment }),
};
