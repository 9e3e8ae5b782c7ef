import { describe, expect, it } from 'vitest';
import { fakeServer, json, problem } from '../test/fakeServer';
import { ApiError } from './http';
import { identityApi } from './identity';

describe('api http', () => {
  it('sends the XSRF cookie as a header on a POST, read fresh each time', async () => {
    document.cookie = 'XSRF-TOKEN=first-token; path=/';
    const { calls } = fakeServer({
      'POST /api/v1/me/tokens': () =>
        json({ id: 1, name: 'ci', prefix: 'st_ab', createdAt: '2025-01-01T00:00:00Z', expiresAt: null, token: 'st_abc' }, 201),
    });

    await identityApi.createToken('ci', null);
    document.cookie = 'XSRF-TOKEN=second-token; path=/';
    await identityApi.createToken('ci', 30);

    const headers = calls.map((c) => (c.init.headers as Record<string, string>)['X-XSRF-TOKEN']);
    expect(headers).toEqual(['first-token', 'second-token']);
    expect(calls[1].init.credentials).toBe('same-origin');
    expect(JSON.parse(calls[1].init.body as string)).toEqual({ name: 'ci', expiresInDays: 30 });
  });

  it('asks /api/v1/info for a token when the cookie is missing before a POST', async () => {
    const { calls } = fakeServer({
      'GET /api/v1/info': () => {
        document.cookie = 'XSRF-TOKEN=fresh; path=/';
        return json({ demo: false, oidcEnabled: false, version: 'x' });
      },
      'POST /logout': () => new Response(null, { status: 204 }),
    });

    await identityApi.logout();

    expect(calls.map((c) => c.key)).toEqual(['GET /api/v1/info', 'POST /logout']);
    expect((calls[1].init.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('fresh');
  });

  it('posts the login as a form', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const { calls } = fakeServer({ 'POST /login': () => json({ username: 'kari' }) });

    await identityApi.login('kari', 'hemmelig&');

    const headers = calls[0].init.headers as Record<string, string>;
    expect(headers['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(String(calls[0].init.body)).toBe('username=kari&password=hemmelig%26');
  });

  it('turns a problem into a typed error with its field errors', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    fakeServer({
      'POST /api/v1/admin/users': () =>
        problem(400, {
          type: 'urn:samtale:problem:validation',
          title: 'Bad Request',
          detail: 'Skjemaet har feil.',
          errors: [{ field: 'username', detail: 'Brukernavnet er tatt.' }],
        }),
    });

    const error = await identityApi
      .createUser({ username: 'kari', name: 'K', employeeId: 'K1', email: null, unitId: null, roles: [], password: 'x' })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.type).toBe('urn:samtale:problem:validation');
    expect(apiError.detail).toBe('Skjemaet har feil.');
    expect(apiError.fieldErrors).toEqual({ username: 'Brukernavnet er tatt.' });
  });

  it('answers null for /me when nobody is signed in', async () => {
    fakeServer({ 'GET /api/v1/me': () => problem(401, { title: 'Unauthorized' }) });
    expect(await identityApi.me()).toBeNull();
  });
});
