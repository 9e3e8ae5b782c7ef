import type { Problem } from './types';

/** A failed call, carrying the server's problem details and its errors per field. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly detail: string | undefined;
  /** The server's (English) reason per field; pages show `fieldError` from common/forms.ts, which translates. */
  readonly fieldErrors: Record<string, string>;
  /** The constraint each field broke, where a constraint caught it (`NotBlank`, `Size` …). */
  readonly fieldCodes: Record<string, string>;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type ?? 'about:blank';
    this.detail = problem.detail;
    this.fieldErrors = Object.fromEntries((problem.errors ?? []).map((e) => [e.field, e.detail]));
    this.fieldCodes = Object.fromEntries((problem.errors ?? []).flatMap((e) => (e.code ? [[e.field, e.code]] : [])));
    // A rule broken by one field (409 topic-not-staffed, 400 departmentId) names it at the top level.
    if (problem.field && problem.detail && !(problem.field in this.fieldErrors)) this.fieldErrors[problem.field] = problem.detail;
  }
}

let onUnauthorized: () => void = () => {};

/** Lets the session drop to the login page when a call finds the session gone. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

// The token changes at login, so it is read from the cookie on every call, never cached.
async function csrfHeader(): Promise<Record<string, string>> {
  let token = readCookie('XSRF-TOKEN');
  if (token === null) {
    await fetch('/api/v1/info', { credentials: 'same-origin' });
    token = readCookie('XSRF-TOKEN');
  }
  return token === null ? {} : { 'X-XSRF-TOKEN': token };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One call to the server: JSON (or a form, or a multipart upload) out, JSON in, a problem as ApiError.
 * `quiet401`: a 401 is this call's own answer (login, the citizens' chat), not a sign that the session ended.
 */
export async function request<T>(method: Method, url: string, body?: unknown, quiet401 = false): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  let payload: BodyInit | undefined;
  if (method !== 'GET') Object.assign(headers, await csrfHeader());
  if (body instanceof FormData) {
    // The browser writes the multipart Content-Type with its boundary itself.
    payload = body;
  } else if (body instanceof URLSearchParams) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  if (!response.ok) {
    if (response.status === 401 && !quiet401) onUnauthorized();
    throw new ApiError(response.status, await readProblem(response));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * Sends a file as the request body itself (a video of a gigabyte is no form field), reporting how much has gone as
 * a share from 0 to 1. XMLHttpRequest, since fetch tells nothing of an upload's progress.
 */
export async function uploadBody<T>(url: string, file: Blob, onProgress: (share: number) => void): Promise<T> {
  const headers = await csrfHeader();
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown = undefined;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as T);
        return;
      }
      if (xhr.status === 401) onUnauthorized();
      reject(new ApiError(xhr.status, (body as Problem | undefined) ?? { status: xhr.status }));
    };
    // The connection broke (or the server closed it on a file over its limit): no problem came back.
    xhr.onerror = () => reject(new ApiError(0, { status: 0 }));
    xhr.send(file);
  });
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const text = await response.text();
    return text ? (JSON.parse(text) as Problem) : { status: response.status };
  } catch {
    return { status: response.status };
  }
}

export const get = <T>(url: string) => request<T>('GET', url);

type QueryValue = string | number | boolean | null | undefined;

/** A query string from the values that are set; empty strings and nulls are left out, lists repeat the key. */
export function query(values: Record<string, QueryValue | readonly QueryValue[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== null && one !== undefined && one !== '') params.append(key, String(one));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
