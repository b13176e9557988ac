import type { Ctx, Route } from '../context';
import { badRequest, errorBody, json, newRequestId, objectBody, type EmuRequest, type EmuResponse } from '../http';
import type { BatchItemLog } from '../request-log';

/** Graph's limit on JSON batching. */
export const MAX_BATCH_ITEMS = 20;

interface BatchItem {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  dependsOn: string[];
}

function readItems(req: EmuRequest): BatchItem[] {
  const requests = objectBody(req).requests;
  if (!Array.isArray(requests)) throw badRequest("The batch body needs a 'requests' array.", 'BadRequest');
  if (requests.length > MAX_BATCH_ITEMS) throw badRequest(`The batch has ${requests.length} requests; the maximum is ${MAX_BATCH_ITEMS}.`, 'BadRequest');
  const ids = new Set<string>();
  return requests.map((raw: Record<string, unknown>) => {
    const id = String(raw?.id ?? '');
    if (!id) throw badRequest("Every batch request needs an 'id'.");
    if (ids.has(id)) throw badRequest(`The batch request id '${id}' is used twice.`);
    ids.add(id);
    if (typeof raw.method !== 'string' || typeof raw.url !== 'string') throw badRequest(`Batch request '${id}' needs 'method' and 'url'.`);
    const headers = Object.fromEntries(Object.entries((raw.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), String(v)]));
    if (raw.body !== undefined && !headers['content-type']) throw badRequest(`Write request id : ${id} does not contain Content-Type header or body.`);
    const dependsOn = Array.isArray(raw.dependsOn) ? raw.dependsOn.map(String) : [];
    for (const dep of dependsOn) if (!ids.has(dep)) throw badRequest(`Batch request '${id}' depends on '${dep}', which does not come before it.`);
    return { id, method: raw.method.toUpperCase(), url: raw.url, headers, body: raw.body, dependsOn };
  });
}

function itemRequest(envelope: EmuRequest, item: BatchItem): EmuRequest {
  const url = new URL(item.url.replace(/^\/?/, '/'), 'http://batch');
  if (/^\/(v1\.0|beta)\//.test(url.pathname)) throw badRequest(`Batch request '${item.id}' must use a URL relative to the version: ${item.url}`);
  if (url.pathname === '/$batch') throw badRequest('A batch cannot contain another batch.');
  return {
    ...envelope,
    method: item.method,
    path: decodeURIComponent(url.pathname),
    query: url.searchParams,
    headers: { ...item.headers, authorization: envelope.headers.authorization ?? '' },
    body: item.body,
    rawBody: undefined,
    inBatch: true,
    requestId: newRequestId(),
  };
}

function itemBody(response: EmuResponse): unknown {
  if (response.raw) return response.raw.toString('base64');
  return response.body;
}

/**
 * Graph sends the Outlook service at most 4 items of one batch at a time, whatever their mailboxes (throttling
 * limits, "Outlook service limits for JSON batching"): the batch itself stays within a mailbox's concurrency limit,
 * while requests outside it still count against that limit.
 */
export const OUTLOOK_ITEMS_AT_A_TIME = 4;

function slots(size: number) {
  let free = size;
  const waiting: Array<() => void> = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (free > 0) free -= 1;
    else await new Promise<void>((resume) => waiting.push(resume));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    }
  };
}

async function runBatch(req: EmuRequest, ctx: Ctx): Promise<EmuResponse> {
  const items = readItems(req);
  const requests = items.map((item) => itemRequest(req, item));
  const results = new Map<string, Promise<{ id: string; response: EmuResponse }>>();
  const outlook = slots(OUTLOOK_ITEMS_AT_A_TIME);
  items.forEach((item, index) => {
    const deps = item.dependsOn.map((d) => results.get(d) as Promise<{ id: string; response: EmuResponse }>);
    results.set(
      item.id,
      Promise.all(deps).then(async (done) => {
        const sub = requests[index] as EmuRequest;
        if (done.some((d) => d.response.status >= 400)) {
          const body = errorBody('FailedDependency', 'The request could not be processed because a request it depends on failed.', sub.requestId);
          return { id: item.id, response: { status: 424, headers: { 'Content-Type': 'application/json' }, body } };
        }
        const run = async () => ({ id: item.id, response: (await ctx.dispatch(sub)).response });
        return ctx.isMailbox(sub) ? outlook(run) : run();
      }),
    );
  });
  // Graph answers items in no promised order; the emulator answers them in the order they finish.
  const done: { id: string; response: EmuResponse }[] = [];
  await Promise.all(items.map((item) => (results.get(item.id) as Promise<{ id: string; response: EmuResponse }>).then((r) => done.push(r))));
  const byId = new Map(items.map((item) => [item.id, item]));
  const log: BatchItemLog[] = done.map(({ id, response }) => {
    const item = byId.get(id) as BatchItem;
    return { id, method: item.method, url: item.url, status: response.status, ...(item.body !== undefined ? { requestBody: item.body } : {}) };
  });
  const responses = done.map(({ id, response }) => ({
    id,
    status: response.status,
    headers: response.headers ?? {},
    ...(response.body !== undefined || response.raw ? { body: itemBody(response) } : {}),
  }));
  return { ...json({ responses }), batchItems: log };
}

export const batchRoutes: Route[] = [{ method: 'POST', pattern: /^\/\$batch$/, handle: (req, _p, ctx) => runBatch(req, ctx) }];
