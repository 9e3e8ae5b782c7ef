import { get, request } from './http';
import type { PublishingCampaign, PublishingPost, Sponsorship, SponsorshipResultsImported } from './types';

const base = '/api/v1/publishing';

/** A campaign as written (POST and PUT /api/v1/publishing/campaigns). */
export interface CampaignInput {
  teamId: number | null;
  title: string;
  description: string;
  goal: string;
  startsOn: string | null;
  endsOn: string | null;
}

/** A sponsored post's budget, audience and period as asked for. */
export interface SponsorshipInput {
  budgetNok: number | null;
  audience: string;
  goal: string;
  startsOn: string | null;
  endsOn: string | null;
}

/** Spend and results from the platform's ad report, entered by hand. */
export interface ResultsInput {
  spendNok: number | null;
  reach: number | null;
  clicks: number | null;
  results: string;
}

/** Campaigns and sponsored posts (the budget through four eyes; spend and results entered afterwards). */
export const campaignsApi = {
  list: () => get<PublishingCampaign[]>(`${base}/campaigns`),
  create: (input: CampaignInput) => request<PublishingCampaign>('POST', `${base}/campaigns`, input),
  posts: (id: number) => get<PublishingPost[]>(`${base}/campaigns/${id}/posts`),
  sponsorships: () => get<Sponsorship[]>(`${base}/sponsorships`),
  sponsor: (postId: number, input: SponsorshipInput) =>
    request<Sponsorship>('PUT', `${base}/posts/${postId}/sponsorship`, input),
  approve: (postId: number) => request<Sponsorship>('POST', `${base}/posts/${postId}/sponsorship/approve`),
  reject: (postId: number, comment: string) =>
    request<Sponsorship>('POST', `${base}/posts/${postId}/sponsorship/reject`, { comment }),
  results: (postId: number, input: ResultsInput) =>
    request<Sponsorship>('PUT', `${base}/posts/${postId}/sponsorship/results`, input),
  /** Spend and results of many posts from a CSV file (postId,spendNok,reach,clicks,results): all lines or none. */
  importResults: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return request<SponsorshipResultsImported>('POST', `${base}/sponsorships/results`, form);
  },
};
