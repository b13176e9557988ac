import { startEmulator, type EmulatorOptions } from '../../tools/graph-emulator';
import { createGraphAdapters } from '../../src/adapters/graph';
import { createDemoTokenProvider } from '../../src/adapters/auth/demo-token-provider';
import { virtualTime } from './scripted-server';

export interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  query: string;
  status: number;
  user: string | null;
  requestBody?: unknown;
  batchItems?: Array<{ id: string; method: string; url: string; status: number; requestBody?: unknown }>;
  fault?: number;
}

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** The emulator's control API (docs/contracts.md §3). */
export const controlOf = (url: string) => {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${url}/_emulator/${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? null : await response.json()) as T;
  };
  return {
    reset: (options: Record<string, unknown>) => call('POST', 'reset', options),
    faults: (rules: unknown[]) => call('POST', 'faults', { seed: 7, rules }),
    requests: (since = 0) => call<LoggedRequest[]>('GET', `requests?since=${since}`),
    state: () => call<Record<string, Array<Record<string, unknown>>>>('GET', 'state'),
  };
};

/**
 * A browser's view of a cross-origin answer: only CORS-safelisted headers and those in
 * Access-Control-Expose-Headers can be read. Node's fetch enforces no CORS, so browser-mode tests wrap it.
 */
export const corsFetch =
  (origin: string): typeof fetch =>
  async (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Origin', origin);
    const response = await fetch(input, { ...init, headers });
    const exposed = new Set(['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']);
    for (const name of (response.headers.get('access-control-expose-headers') ?? '').split(',')) exposed.add(name.trim().toLowerCase());
    const visible = new Headers();
    response.headers.forEach((value, name) => {
      if (exposed.has(name.toLowerCase())) visible.set(name, value);
    });
    const body = [204, 205, 304].includes(response.status) ? null : await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: visible });
  };

export interface HarnessOptions extends EmulatorOptions {
  /** Sign in as this seeded user (default: the seed's signed-in manager). */
  as?: string | null;
  /** Read answers as a browser would (CORS). */
  browser?: boolean;
  calendarPageSize?: number;
}

/** An emulator on a free port, and Rapport's real Graph adapters against it, in virtual time. */
export async function startGraphHarness(options: HarnessOptions = {}) {
  const { as = null, browser = false, calendarPageSize, ...emulatorOptions } = options;
  const emulator = await startEmulator({ port: 0, now: '2026-11-23T08:00:00.000Z', ...emulatorOptions });
  const control = controlOf(emulator.url);
  const sent: SentRequest[] = [];
  const base = browser ? corsFetch('http://127.0.0.1:3000') : (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init);
  const recordingFetch: typeof fetch = (input, init) => {
    sent.push({ method: init?.method ?? 'GET', url: String(input), headers: { ...(init?.headers as Record<string, string>) } });
    return base(input, init);
  };
  const scopesAsked: Array<readonly string[]> = [];
  const adaptersAs = (upn: string | null, time = virtualTime()) => {
    const demo = createDemoTokenProvider(upn);
    const tokens = { getToken: (scopes: readonly string[]) => (scopesAsked.push(scopes), demo.getToken(scopes)) };
    return { time, ...createGraphAdapters({ config: { graphBaseUrl: emulator.url }, tokens, fetch: recordingFetch, calendarPageSize, ...time }) };
  };
  return { emulator, control, sent, scopesAsked, adapters: adaptersAs(as), adaptersAs, close: () => emulator.close() };
}

export type GraphHarness = Awaited<ReturnType<typeof startGraphHarness>>;
