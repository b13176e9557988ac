import type { RunningEmulator } from '../../../tools/graph-emulator';
import { reset, setFaults } from '../../../tools/graph-emulator/control-client';
import { emulatorForFile, errorCode, graph, NOW, THIS_WEEK } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await emulatorForFile();
});
afterAll(() => emulator.close());
beforeEach(() => reset(emulator.url, { now: NOW }));

describe('Graph error bodies', () => {
  it('answers 401 InvalidAuthenticationToken without a token, with request-id and date', async () => {
    const call = await graph(emulator.url, '/me', { token: null, headers: { 'client-request-id': 'abc-123' } });
    expect(call.status).toBe(401);
    const error = call.body.error as { code: string; message: string; innerError: Record<string, string> };
    expect(error.code).toBe('InvalidAuthenticationToken');
    expect(error.innerError['request-id']).toBe(call.headers.get('request-id'));
    expect(error.innerError['client-request-id']).toBe('abc-123');
    expect(Date.parse(`${error.innerError.date}Z`)).not.toBeNaN();
    expect((await graph(emulator.url, '/me', { token: 'eyJhbGciOi.fake.jwt' })).status).toBe(401);
  });

  it('answers an unknown route with 400 BadRequest naming it, as Graph does (not 501), and 405 for a known path with another method', async () => {
    const unknown = await graph(emulator.url, '/me/mailFolders');
    expect(unknown.status).toBe(400);
    expect((unknown.body.error as { code: string }).code).toBe('BadRequest');
    expect((unknown.body.error as { message: string }).message).toContain('GET /v1.0/me/mailFolders');
    expect((await graph(emulator.url, '/me', { method: 'DELETE' })).status).toBe(405);
    expect((await graph(emulator.url, '/v2/me'.slice(0), { version: 'v2.0' })).status).toBe(400);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const call = await graph(emulator.url, '/planner/tasks', { method: 'POST', body: '{not json' });
    expect(call.status).toBe(400);
    expect(errorCode(call)).toBe('BadRequest');
  });
});

describe('mailbox concurrency', () => {
  it('answers 429 ApplicationThrottled beyond the configured requests in flight per mailbox', async () => {
    await reset(emulator.url, { now: NOW, mailboxConcurrency: 2 });
    await setFaults(emulator.url, [{ path: '^/me/calendarView$', latencyMs: [150, 150] }]);
    const calls = await Promise.all(Array.from({ length: 5 }, () => graph(emulator.url, `/me/calendarView?${THIS_WEEK}`)));
    const throttled = calls.filter((c) => c.status === 429);
    expect(calls.filter((c) => c.status === 200)).toHaveLength(2);
    expect(throttled).toHaveLength(3);
    expect(errorCode(throttled[0] as (typeof calls)[number])).toBe('ApplicationThrottled');
    // Directory calls are not mailbox calls.
    const directory = await Promise.all(Array.from({ length: 5 }, () => graph(emulator.url, '/me')));
    expect(directory.every((c) => c.status === 200)).toBe(true);
  });
});

describe('CORS', () => {
  const origin = 'http://localhost:3000';

  it('answers a preflight allowing the headers Rapport sends', async () => {
    const response = await fetch(`${emulator.url}/v1.0/planner/tasks/x`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization,if-match,prefer,client-request-id,content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(response.headers.get('access-control-allow-headers')).toContain('if-match');
  });

  it('does not expose Retry-After to the browser unless asked, though the header is sent', async () => {
    await setFaults(emulator.url, [{ path: '^/me$', status: 429, retryAfter: 3 }]);
    const hidden = await fetch(`${emulator.url}/v1.0/me`, { headers: { Origin: origin, Authorization: 'Bearer demo' } });
    expect(hidden.status).toBe(429);
    expect(hidden.headers.get('retry-after')).toBe('3');
    expect(hidden.headers.get('access-control-expose-headers')).not.toMatch(/retry-after/i);
    await reset(emulator.url, { now: NOW, exposeRetryAfter: true });
    await setFaults(emulator.url, [{ path: '^/me$', status: 429, retryAfter: 3 }]);
    const exposed = await fetch(`${emulator.url}/v1.0/me`, { headers: { Origin: origin, Authorization: 'Bearer demo' } });
    expect(exposed.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
  });
});
