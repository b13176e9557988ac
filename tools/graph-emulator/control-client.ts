import type { RuntimeOptions } from './context';
import type { FaultRule } from './faults';
import type { RequestLogEntry } from './request-log';

/** Small typed helpers over the control API (docs/contracts.md §3), for tests, e2e and benchmarks. */
export type ResetOptions = Partial<Omit<RuntimeOptions, 'seed'>> & { seed?: string };

async function call<T>(baseUrl: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/_emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Emulator control ${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const reset = (baseUrl: string, options: ResetOptions = {}) =>
  call<{ ok: true; now: string; options: RuntimeOptions }>(baseUrl, 'POST', 'reset', options);

/** Moves the frozen clock without reloading the tenant (emulator extension). */
export const setClock = (baseUrl: string, now: string) => call<{ now: string }>(baseUrl, 'POST', 'clock', { now });

export const setFaults = (baseUrl: string, rules: FaultRule[], seed?: number) =>
  call<{ rules: FaultRule[] }>(baseUrl, 'POST', 'faults', { rules, ...(seed === undefined ? {} : { seed }) });

export const clearFaults = (baseUrl: string) => call<void>(baseUrl, 'DELETE', 'faults');

export const requests = (baseUrl: string, since = 0) => call<RequestLogEntry[]>(baseUrl, 'GET', `requests?since=${since}`);

/** The last sequence number so far (take it before an action, then read `requests(since)`). */
export async function lastSeq(baseUrl: string): Promise<number> {
  const all = await requests(baseUrl, 0);
  return all.length ? (all[all.length - 1] as RequestLogEntry).seq : 0;
}

export interface EmulatorState {
  now: string;
  users: Record<string, unknown>[];
  events: Record<string, unknown>[];
  rosters: Record<string, unknown>[];
  plans: Record<string, unknown>[];
  buckets: Record<string, unknown>[];
  tasks: Record<string, unknown>[];
  taskDetails: Record<string, unknown>[];
  files: (Record<string, unknown> & { path: string; content: string })[];
}

export const state = (baseUrl: string) => call<EmulatorState>(baseUrl, 'GET', 'state');
