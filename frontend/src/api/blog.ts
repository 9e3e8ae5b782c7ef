import { get, request } from './http';
import type { BlogPost, BlogShare, BlogSummary } from './types';

const base = '/api/v1/publishing/blog';

export interface BlogPostInput {
  title: string;
  slug?: string | null;
  summary: string;
  body: string;
  expertName: string;
  expertTitle?: string | null;
}

/** The team's blogs: posts written by experts, approved by a partner, shared on the social accounts. */
export const blogApi = {
  blogs: () => get<BlogSummary[]>(base),
  posts: (blogId: number) => get<BlogPost[]>(`${base}/${blogId}/posts`),
  create: (blogId: number, post: BlogPostInput) => request<BlogPost>('POST', `${base}/${blogId}/posts`, post),
  update: (id: number, post: BlogPostInput) => request<BlogPost>('PUT', `${base}/posts/${id}`, post),
  submit: (id: number) => request<BlogPost>('POST', `${base}/posts/${id}/submit`),
  approve: (id: number) => request<BlogPost>('POST', `${base}/posts/${id}/approve`),
  reject: (id: number, comment: string) => request<BlogPost>('POST', `${base}/posts/${id}/reject`, { comment }),
  withdraw: (id: number) => request<BlogPost>('POST', `${base}/posts/${id}/withdraw`),
  share: (id: number, accountIds: number[]) => request<BlogShare>('POST', `${base}/posts/${id}/share`, { accountIds }),
};
