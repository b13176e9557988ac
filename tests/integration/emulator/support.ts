import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../../tools/graph-emulator';

/** A Monday morning in Stockholm: the seed's relative dates resolve against it. */
export const NOW = '2026-11-23T08:00:00Z';

export interface GraphCall {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
  text: string;
}

/** Starts an emulator for one test file; call the returned `stop` in afterAll. */
export async function emulatorForFile(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, now: NOW, ...options });
}

/** A Graph call with the demo token unless `token` says otherwise (null = no Authorization header). */
export async function graph(
  base: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string>; token?: string | null; version?: string; redirect?: RequestRedirect } = {},
): Promise<GraphCall> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token !== null) headers.Authorization = `Bearer ${init.token ?? 'demo'}`;
  if (init.body !== undefined && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
  const url = path.startsWith('http') ? path : `${base}/${init.version ?? 'v1.0'}${path}`;
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
    redirect: init.redirect ?? 'manual',
  });
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    body = {};
  }
  return { status: response.status, headers: response.headers, body, text };
}

export const values = (call: GraphCall) => call.body.value as Record<string, unknown>[];
export const errorCode = (call: GraphCall) => (call.body.error as { code?: string } | undefined)?.code;

/** Follows `@odata.nextLink` to the end, sending the same headers on every page. */
export async function allPages(base: string, path: string, headers: Record<string, string> = {}): Promise<{ items: Record<string, unknown>[]; pages: number }> {
  const items: Record<string, unknown>[] = [];
  let next: string | undefined = `${base}/v1.0${path}`;
  let pages = 0;
  while (next) {
    const call: GraphCall = await graph(base, next, { headers });
    if (call.status !== 200) throw new Error(`page ${pages} answered ${call.status}: ${call.text}`);
    items.push(...values(call));
    pages += 1;
    next = call.body['@odata.nextLink'] as string | undefined;
  }
  return { items, pages };
}

/** The week of NOW (Monday to Monday, UTC bounds wide enough for Stockholm). */
export const THIS_WEEK = 'startDateTime=2026-11-22T23:00:00Z&endDateTime=2026-11-29T23:00:00Z';
export const HISTORY = 'startDateTime=2026-08-30T00:00:00Z&endDateTime=2026-11-23T08:00:00Z';
