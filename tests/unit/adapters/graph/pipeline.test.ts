import { createGraphAdapters } from '../../../../src/adapters/graph';
import { createDemoTokenProvider } from '../../../../src/adapters/auth/demo-token-provider';
import { GraphServiceError, RapportError } from '../../../../src/ports/errors';
import { graphErrorBody, startScriptedServer, until, virtualTime, type ScriptedAnswer } from '../../../support/scripted-server';

type Script = Parameters<typeof startScriptedServer>[0];

async function withServer(script: Script, run: (ctx: { graph: ReturnType<typeof createGraphAdapters>; time: ReturnType<typeof virtualTime>; server: Awaited<ReturnType<typeof startScriptedServer>> }) => Promise<void>) {
  const server = await startScriptedServer(script);
  const time = virtualTime();
  const graph = createGraphAdapters({ config: { graphBaseUrl: server.url }, tokens: createDemoTokenProvider('ada@contoso.test'), ...time });
  try {
    await run({ graph, time, server });
  } finally {
    await server.close();
  }
}

const ok: ScriptedAnswer = { status: 200, body: { id: 'x' } };
const thenOk = (first: ScriptedAnswer, times = 1) => (_: unknown, index: number) => (index < times ? first : ok);

const rejection = async (promise: Promise<unknown>): Promise<RapportError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RapportError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
};

describe('the Graph pipeline', () => {
  it('sends the bearer token, a client-request-id, and the version path', () =>
    withServer(() => ok, async ({ graph, server }) => {
      await graph.graph.json('/me');
      const [request] = server.seen;
      expect(request?.url).toBe('/v1.0/me');
      expect(request?.headers.authorization).toBe('Bearer demo:ada@contoso.test');
      expect(request?.headers['client-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }));

  it('waits the readable Retry-After once after a 429, then returns the 200, keeping the request id', () =>
    withServer(thenOk({ status: 429, headers: { 'Retry-After': '3' }, body: graphErrorBody('TooManyRequests') }), async ({ graph, time, server }) => {
      await expect(graph.graph.json('/me')).resolves.toEqual({ id: 'x' });
      expect(server.seen).toHaveLength(2);
      expect(time.sleeps).toEqual([3000]);
      expect(server.seen[1]?.headers['client-request-id']).toBe(server.seen[0]?.headers['client-request-id']);
    }));

  it('backs off exponentially with jitter when Retry-After cannot be read', () =>
    withServer(thenOk({ status: 429, body: graphErrorBody('TooManyRequests') }, 3), async ({ graph, time, server }) => {
      await graph.graph.json('/me');
      expect(server.seen).toHaveLength(4);
      // base 500 ms doubling, half fixed and half random (random = 0.5 here)
      expect(time.sleeps).toEqual([375, 750, 1500]);
    }));

  it('gives up as busy without waiting when Retry-After is beyond the budget', () =>
    withServer(() => ({ status: 429, headers: { 'Retry-After': '120' }, body: graphErrorBody('ApplicationThrottled') }), async ({ graph, time, server }) => {
      const error = await rejection(graph.graph.json('/me'));
      expect(error.kind).toBe('busy');
      expect(error).toBeInstanceOf(GraphServiceError);
      expect((error as GraphServiceError).code).toBe('ApplicationThrottled');
      expect(server.seen).toHaveLength(1);
      expect(time.sleeps).toEqual([]);
    }));

  it('stops retrying within the time budget when throttling goes on', () =>
    withServer(() => ({ status: 503, body: graphErrorBody('serviceNotAvailable') }), async ({ graph, time, server }) => {
      const error = await rejection(graph.graph.json('/me'));
      expect(error.kind).toBe('busy');
      expect(server.seen.length).toBeLessThanOrEqual(6);
      expect(time.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30_000);
    }));

  it.each([503, 504, 500, 502])('retries a GET after %i', (status) =>
    withServer(thenOk({ status, body: graphErrorBody('generalException') }), async ({ graph, server }) => {
      await expect(graph.graph.json('/me/events')).resolves.toEqual({ id: 'x' });
      expect(server.seen.map((r) => r.method)).toEqual(['GET', 'GET']);
    }));

  it.each([504, 500, 502, 503])('never repeats a POST after an ambiguous %i: outcome unknown', (status) =>
    withServer(thenOk({ status, body: graphErrorBody('gatewayTimeout') }), async ({ graph, server }) => {
      const error = await rejection(graph.graph.json('/planner/tasks', { method: 'POST', body: { title: 'x' } }));
      expect(error.kind).toBe('outcome-unknown');
      expect(server.seen).toHaveLength(1);
    }));

  it('repeats a POST refused with 429 (Graph did not process it)', () =>
    withServer(thenOk({ status: 429, body: graphErrorBody('TooManyRequests') }), async ({ graph, server }) => {
      await graph.graph.json('/planner/tasks', { method: 'POST', body: { title: 'x' } });
      expect(server.seen.map((r) => r.method)).toEqual(['POST', 'POST']);
    }));

  it('repeats a POST after a 503 with a readable Retry-After', () =>
    withServer(thenOk({ status: 503, headers: { 'Retry-After': '1' }, body: graphErrorBody('serviceNotAvailable') }), async ({ graph, server }) => {
      await graph.graph.json('/planner/tasks', { method: 'POST', body: { title: 'x' } });
      expect(server.seen).toHaveLength(2);
    }));

  it('keeps at most 4 requests in flight and queues the fifth', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const server = await startScriptedServer(() => ({ status: 200, body: {}, hold: gate }));
    let fetches = 0;
    const countingFetch: typeof fetch = (input, init) => {
      fetches += 1;
      return fetch(input, init);
    };
    const graph = createGraphAdapters({ config: { graphBaseUrl: server.url }, tokens: createDemoTokenProvider(null), fetch: countingFetch, ...virtualTime() });
    try {
      const calls = Array.from({ length: 5 }, (_, i) => graph.graph.json(`/me/events/${i}`));
      await until(() => server.seen.length === 4);
      expect(fetches).toBe(4);
      release();
      await Promise.all(calls);
      expect(server.seen).toHaveLength(5);
      expect(server.peakInFlight()).toBe(4);
    } finally {
      await server.close();
    }
  });

  it('maps Graph error answers to typed errors with code and request id', () =>
    withServer((request) => ({ status: request.url.includes('gone') ? 404 : 412, body: graphErrorBody(request.url.includes('gone') ? 'ErrorItemNotFound' : 'PreconditionFailed') }), async ({ graph }) => {
      const missing = await rejection(graph.graph.json('/me/events/gone'));
      expect(missing).toMatchObject({ kind: 'not-found', status: 404, code: 'ErrorItemNotFound', requestId: 'r-1' });
      const conflict = await rejection(graph.graph.json('/planner/tasks/1', { method: 'PATCH', body: {} }));
      expect(conflict.kind).toBe('conflict');
    }));

  it('gives up on an attempt that hangs, freeing its slot: a GET is retried, a POST becomes outcome unknown', async () => {
    const never = new Promise<void>(() => undefined);
    const server = await startScriptedServer((request, index) => (index === 0 || request.method === 'POST' ? { status: 200, body: {}, hold: never } : ok));
    const graph = createGraphAdapters({ config: { graphBaseUrl: server.url }, tokens: createDemoTokenProvider(null), attemptTimeoutMs: 50, ...virtualTime() });
    try {
      await expect(graph.graph.json('/me')).resolves.toEqual({ id: 'x' });
      expect(server.seen).toHaveLength(2);
      expect((await rejection(graph.graph.json('/planner/tasks', { method: 'POST', body: {} }))).kind).toBe('outcome-unknown');
      expect(server.seen.filter((r) => r.method === 'POST')).toHaveLength(1);
    } finally {
      server.closeAll();
      await server.close();
    }
  });

  it('turns no answer into a network error for a GET after retrying, and into outcome unknown for a POST', async () => {
    const time = virtualTime();
    let calls = 0;
    const failingFetch: typeof fetch = async () => {
      calls += 1;
      throw new TypeError('Failed to fetch');
    };
    const graph = createGraphAdapters({ config: { graphBaseUrl: 'http://127.0.0.1:9' }, tokens: createDemoTokenProvider(null), fetch: failingFetch, ...time });
    expect((await rejection(graph.graph.json('/me'))).kind).toBe('network');
    expect(calls).toBe(6);
    calls = 0;
    expect((await rejection(graph.graph.json('/planner/tasks', { method: 'POST', body: {} }))).kind).toBe('outcome-unknown');
    expect(calls).toBe(1);
  });
});
