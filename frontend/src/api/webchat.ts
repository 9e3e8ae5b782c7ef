import { request, type Method } from './http';
import type { WebChatInfo, WebChatMessage, WebChatSession } from './types';

const webchat = (accountId: number) => `/api/v1/webchat/${accountId}`;

/** The citizen's web chat: no employee login, so a 401 means the chat session expired, not a logout. */
const citizen = <T>(method: Method, url: string, body?: unknown) => request<T>(method, url, body, true);

export const webChatApi = {
  info: (accountId: number) => citizen<WebChatInfo>('GET', webchat(accountId)),
  start: (accountId: number, name: string | null) => citizen<WebChatSession>('POST', `${webchat(accountId)}/session`, { name }),
  messages: (accountId: number) => citizen<WebChatMessage[]>('GET', `${webchat(accountId)}/messages`),
  send: (accountId: number, body: string) => citizen<WebChatMessage>('POST', `${webchat(accountId)}/messages`, { body }),
  end: (accountId: number) => citizen<void>('POST', `${webchat(accountId)}/end`),
};

/** The chat's event stream (EventSource) and the transcript the citizen downloads. */
export const webChatLinks = {
  stream: (accountId: number) => `${webchat(accountId)}/stream`,
  transcript: (accountId: number) => `${webchat(accountId)}/transcript`,
};
