import { get, query, request } from '../api/http';
import type { components } from '../api/schema';

type S = components['schemas'];

export type ContactChannel = S['ContactChannel'];
export type ContactOutcome = S['ContactOutcome'];
export type NewContact = S['NewContact'];
export type ContactLogged = S['ContactLogged'];
export type ContactFigures = S['ContactFigures'];
export type ContactFigureRow = S['ContactFigureRow'];
export type ContactFormChoices = S['ContactFormChoices'];
export type TelephonyImported = S['TelephonyImported'];
export type ChannelMixView = S['ChannelMixView'];
export type ChannelMonth = S['ChannelMonth'];
export type ComplaintClassification = S['ComplaintClassification'];
export type ComplaintStatus = S['ComplaintStatus'];
export type NewComplaint = S['NewComplaint'];
export type ComplaintRegistered = S['ComplaintRegistered'];
export type ComplaintList = S['ComplaintList'];
export type ComplaintSummary = S['ComplaintSummary'];
export type ComplaintView = S['ComplaintView'];
export type ComplaintFigures = S['ComplaintFigures'];
export type FiguresBy = 'channel' | 'office' | 'topic';

export const CHANNELS = ['SELF_SERVICE', 'CHAT', 'SOCIAL', 'PHONE', 'OFFICE'] as const satisfies readonly ContactChannel[];
export const OUTCOMES = ['HELPED_TO_SELF_SERVICE', 'REFERRED', 'FOLLOW_UP'] as const satisfies readonly ContactOutcome[];
export const CLASSIFICATIONS = [
  'WAIT_TIME',
  'ACCESSIBILITY',
  'INFORMATION',
  'TREATMENT',
  'DIGITAL_SERVICES',
  'CASE_HANDLING',
  'OTHER',
] as const satisfies readonly ComplaintClassification[];
export const STATUSES = ['RECEIVED', 'IN_PROGRESS', 'AWAITING_APPROVAL', 'ANSWERED'] as const satisfies readonly ComplaintStatus[];

/** The contact log, telephony figures, the channel mix and service complaints (the server's contacts module). */
export const contactsApi = {
  choices: () => get<ContactFormChoices>('/api/v1/contacts/choices'),
  log: (contact: NewContact) => request<ContactLogged>('POST', '/api/v1/contacts', contact),
  figures: (by: FiguresBy, from?: string, to?: string) =>
    get<ContactFigures>(`/api/v1/contacts/figures${query({ by, from, to })}`),
  importTelephony: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return request<TelephonyImported>('POST', '/api/v1/contacts/telephony', form);
  },
  channelMix: (from?: string, to?: string) => get<ChannelMixView>(`/api/v1/contacts/channel-mix${query({ from, to })}`),
  exportUrl: (format: 'csv' | 'xlsx', from?: string, to?: string) =>
    `/api/v1/contacts/channel-mix/export${query({ format, from, to })}`,

  complaints: (status?: ComplaintStatus, page = 0) =>
    get<ComplaintList>(`/api/v1/complaints${query({ status, page, size: 50 })}`),
  complaint: (id: number) => get<ComplaintView>(`/api/v1/complaints/${id}`),
  register: (complaint: NewComplaint) => request<ComplaintRegistered>('POST', '/api/v1/complaints', complaint),
  respond: (id: number, response: string) => request<ComplaintView>('POST', `/api/v1/complaints/${id}/response`, { response }),
  approve: (id: number) => request<ComplaintView>('POST', `/api/v1/complaints/${id}/response/approve`),
  reject: (id: number, comment: string) =>
    request<ComplaintView>('POST', `/api/v1/complaints/${id}/response/reject`, { comment }),
  complaintFigures: (from?: string, to?: string) =>
    get<ComplaintFigures>(`/api/v1/complaints/figures${query({ from, to })}`),
};
