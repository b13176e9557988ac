import type { RapportError } from '../../ports/errors';
import type { GraphClient, GraphVersion } from './graph-client';
import { graphError } from './graph-errors';
import { backoffMs, parseRetryAfter, verdictFor, type RetryPolicy } from './pipeline/retry-policy';
import type { HttpMethod, PipelineTime } from './pipeline/types';

export interface BatchItem {
  /** Unique within the call; defaults to the item's position ("1", "2", …). */
  id?: string;
  method: HttpMethod;
  /** Relative to the version, e.g. `/me/events/{id}?$select=subject`. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Ids of items of the same call; keep a chain within 20 items (one envelope). */
  dependsOn?: string[];
}

export interface BatchResult<T = unknown> {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: T;
  /** The typed error for a non-2xx item (424 = a dependency failed), else null. */
  error: RapportError | null;
}

interface WireAnswer {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const MAX_PER_ENVELOPE = 20;
const headerOf = (headers: Record<string, string>, name: string): string | null =>
  Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1] ?? null;
const caseless = (headers: Record<string, string>) => ({ get: (name: string) => headerOf(headers, name) });

export interface BatchOptions {
  version?: GraphVersion;
  /**
   * The items hit one Outlook mailbox (events, calendarView). Graph hands Outlook at most 4 items of one batch at a
   * time, which keeps a batch within the mailbox's limit of 4 concurrent requests; two batches side by side would
   * not. Such items go 20 to an envelope (one round trip for up to 20), one envelope after another.
   */
  mailbox?: boolean;
  /** Token scopes beyond Rapport's standard set, for every envelope (see TRANSCRIPT_SCOPES). */
  scopes?: readonly string[];
}

export type Batcher = <T = unknown>(items: BatchItem[], options?: BatchOptions) => Promise<Array<BatchResult<T>>>;

/**
 * `$batch` in one place: splits by 20, sends the envelopes through the pipeline (≤ 4 in flight there), maps
 * answers by id back to input order, and re-sends only the items Graph throttled, after the longest of their
 * Retry-After (always readable inside a batch body), within the same time budget as single requests. A dependent
 * item that got 424 because its dependency was throttled goes again with it. POST items follow the single-request
 * rule: never repeated after an ambiguous answer (their result carries 'outcome-unknown').
 */
export const createBatcher =
  (client: GraphClient, time: PipelineTime, policy: RetryPolicy): Batcher =>
  async <T>(input: BatchItem[], options: BatchOptions = {}) => {
    const items = input.map((item, index) => ({ ...item, id: item.id ?? String(index + 1) }));
    const byId = new Map(items.map((item) => [item.id, item]));
    const results = new Map<string, BatchResult<T>>();
    const started = time.now();
    let pending = items;
    for (let round = 0; pending.length > 0; round += 1) {
      const envelopes = chunks(pending, MAX_PER_ENVELOPE);
      const send = (chunk: Array<BatchItem & { id: string }>) => sendEnvelope(client, chunk, options);
      const answers = options.mailbox ? await oneByOne(envelopes, send) : (await Promise.all(envelopes.map(send))).flat();
      const again = new Set<string>();
      let waitMs = 0;
      for (const answer of answers) {
        const item = byId.get(answer.id);
        if (!item) continue;
        const headers = answer.headers ?? {};
        const retryAfter = parseRetryAfter(headerOf(headers, 'retry-after'), time.now());
        if (verdictFor(answer.status, item.method !== 'POST', retryAfter !== null) === 'retry') {
          again.add(item.id);
          waitMs = Math.max(waitMs, retryAfter ?? backoffMs(round, policy, time.random));
        }
        results.set(item.id, toResult<T>(item, answer));
      }
      for (const item of pending) {
        const result = results.get(item.id);
        if (result?.status === 424 && (item.dependsOn ?? []).some((dep) => again.has(dep))) again.add(item.id);
      }
      const spent = time.now() - started;
      if (again.size === 0 || round + 1 >= policy.maxAttempts || spent + waitMs > policy.budgetMs) break;
      await time.sleep(waitMs);
      pending = items.filter((item) => again.has(item.id));
    }
    return items.map((item) => results.get(item.id) ?? missing<T>(item));
  };

const chunks = <I>(items: I[], size: number): I[][] => {
  const out: I[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

const oneByOne = async <I, O>(groups: I[], send: (group: I) => Promise<O[]>): Promise<O[]> => {
  const out: O[] = [];
  for (const group of groups) out.push(...(await send(group)));
  return out;
};

async function sendEnvelope(client: GraphClient, chunk: Array<BatchItem & { id: string }>, options: BatchOptions): Promise<WireAnswer[]> {
  const idempotent = chunk.every((item) => item.method !== 'POST');
  const requests = chunk.map(({ id, method, url, headers, body, dependsOn }) => ({
    id,
    method,
    url,
    ...(body !== undefined ? { body, headers: { 'Content-Type': 'application/json', ...headers } } : headers ? { headers } : {}),
    ...(dependsOn ? { dependsOn: dependsOn.filter((dep) => chunk.some((other) => other.id === dep)) } : {}),
  }));
  try {
    const body = await client.json<{ responses?: WireAnswer[] }>('/$batch', {
      method: 'POST',
      body: { requests },
      version: options.version,
      idempotent,
      ...(options.scopes ? { scopes: options.scopes } : {}),
    });
    return body.responses ?? [];
  } catch (error) {
    // The envelope failed as a whole: every item shares its fate (and its typed error).
    return chunk.map((item) => ({ id: item.id, status: -1, body: error }));
  }
}

function toResult<T>(item: BatchItem & { id: string }, answer: WireAnswer): BatchResult<T> {
  const headers = answer.headers ?? {};
  if (answer.status === -1) return { id: item.id, status: 0, headers, body: null as T, error: answer.body as RapportError };
  const ok = answer.status >= 200 && answer.status < 300;
  const request = { method: item.method, url: item.url, idempotent: item.method !== 'POST' };
  return {
    id: item.id,
    status: answer.status,
    headers,
    body: (answer.body ?? null) as T,
    error: ok ? null : graphError(request, answer.status, answer.body, caseless(headers)),
  };
}

function missing<T>(item: BatchItem & { id: string }): BatchResult<T> {
  const request = { method: item.method, url: item.url, idempotent: item.method !== 'POST' };
  return { id: item.id, status: 0, headers: {}, body: null as T, error: graphError(request, 0, null, caseless({})) };
}
