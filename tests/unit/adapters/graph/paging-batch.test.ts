import { createGraphAdapters } from '../../../../src/adapters/graph';
import { createDemoTokenProvider } from '../../../../src/adapters/auth/demo-token-provider';
import { getAllPages } from '../../../../src/adapters/graph/paging';
import { graphErrorBody, startScriptedServer, virtualTime, type SeenRequest } from '../../../support/scripted-server';

const adaptersFor = (url: string, time = virtualTime()) =>
  createGraphAdapters({ config: { graphBaseUrl: url }, tokens: createDemoTokenProvider(null), ...time });

interface WireItem {
  id: string;
  method: string;
  url: string;
  dependsOn?: string[];
}
const itemsOf = (request: SeenRequest): WireItem[] => (JSON.parse(request.body) as { requests: WireItem[] }).requests;

describe('paging', () => {
  it('collects every page and sends the Prefer header again with each nextLink', async () => {
    let base = '';
    const server = await startScriptedServer((request) => {
      const skip = Number(new URL(request.url, base).searchParams.get('$skip') ?? 0);
      const value = Array.from({ length: Math.min(10, 37 - skip) }, (_, i) => ({ n: skip + i }));
      return { status: 200, body: { value, ...(skip + 10 < 37 ? { '@odata.nextLink': `${base}/v1.0/me/calendarView?$skip=${skip + 10}` } : {}) } };
    });
    base = server.url;
    try {
      const graph = adaptersFor(server.url).graph;
      const items = await getAllPages<{ n: number }>(graph, '/me/calendarView', { headers: { Prefer: 'outlook.timezone="UTC"' } });
      expect(items.map((i) => i.n)).toEqual(Array.from({ length: 37 }, (_, i) => i));
      expect(server.seen).toHaveLength(4);
      expect(server.seen.every((r) => r.headers.prefer === 'outlook.timezone="UTC"')).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('stops on a repeated nextLink and at the page cap', async () => {
    let base = '';
    const server = await startScriptedServer((request, index) => ({
      status: 200,
      body: { value: [{ url: request.url }], '@odata.nextLink': request.url.includes('loop') ? `${base}/v1.0/loop` : `${base}/v1.0/endless?p=${index}` },
    }));
    base = server.url;
    try {
      const graph = adaptersFor(server.url).graph;
      expect(await getAllPages(graph, '/loop')).toHaveLength(2);
      expect(await getAllPages(graph, '/endless', { maxPages: 5 })).toHaveLength(5);
    } finally {
      await server.close();
    }
  });
});

describe('$batch', () => {
  it('splits 21 items into envelopes of 20 and 1 and maps answers back by id', async () => {
    const server = await startScriptedServer((request) => ({
      status: 200,
      body: { responses: itemsOf(request).reverse().map((item) => ({ id: item.id, status: 200, body: { echo: item.url } })) },
    }));
    try {
      const { batch } = adaptersFor(server.url);
      const results = await batch(Array.from({ length: 21 }, (_, i) => ({ method: 'GET' as const, url: `/users/${i}` })));
      expect(server.seen.map((r) => itemsOf(r).length).sort()).toEqual([1, 20]);
      expect(server.seen.every((r) => r.url === '/v1.0/$batch' && r.method === 'POST')).toBe(true);
      expect(results.map((r) => (r.body as { echo: string }).echo)).toEqual(Array.from({ length: 21 }, (_, i) => `/users/${i}`));
    } finally {
      await server.close();
    }
  });

  it('re-sends only the throttled items after their Retry-After, with dependents that failed with 424', async () => {
    const server = await startScriptedServer((request, index) => ({
      status: 200,
      body: {
        responses: itemsOf(request).map((item) =>
          index === 0 && item.id === '2'
            ? { id: item.id, status: 429, headers: { 'Retry-After': '4' }, body: graphErrorBody('ApplicationThrottled') }
            : index === 0 && item.id === '3'
              ? { id: item.id, status: 424, body: graphErrorBody('FailedDependency') }
              : { id: item.id, status: 200, body: { round: index } },
        ),
      },
    }));
    const time = virtualTime();
    try {
      const { batch } = adaptersFor(server.url, time);
      const results = await batch([
        { method: 'GET', url: '/a' },
        { method: 'GET', url: '/b' },
        { method: 'GET', url: '/c', dependsOn: ['2'] },
        { method: 'GET', url: '/d' },
      ]);
      expect(server.seen).toHaveLength(2);
      expect(itemsOf(server.seen[1]!).map((i) => i.id)).toEqual(['2', '3']);
      expect(time.sleeps).toEqual([4000]);
      expect(results.map((r) => [r.status, r.error])).toEqual([[200, null], [200, null], [200, null], [200, null]]);
    } finally {
      await server.close();
    }
  });

  it('reports a 424 whose dependency failed for good, and never re-sends a POST item after a 504', async () => {
    const server = await startScriptedServer((request) => ({
      status: 200,
      body: {
        responses: itemsOf(request).map((item) =>
          item.id === '1'
            ? { id: '1', status: 504, body: graphErrorBody('gatewayTimeout') }
            : item.id === '2'
              ? { id: '2', status: 424, body: graphErrorBody('FailedDependency') }
              : { id: item.id, status: 201, body: {} },
        ),
      },
    }));
    try {
      const { batch } = adaptersFor(server.url);
      const results = await batch([
        { method: 'POST', url: '/planner/tasks', body: { title: 'a' } },
        { method: 'PATCH', url: '/planner/tasks/x/details', body: {}, dependsOn: ['1'] },
        { method: 'POST', url: '/planner/tasks', body: { title: 'b' } },
      ]);
      expect(server.seen).toHaveLength(1);
      expect(results[0]?.error?.kind).toBe('outcome-unknown');
      expect(results[1]).toMatchObject({ status: 424, error: { kind: 'graph' } });
      expect(results[2]?.error).toBeNull();
    } finally {
      await server.close();
    }
  });
});
