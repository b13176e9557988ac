import type { IncomingMessage, ServerResponse } from 'node:http';
import { control } from './control';
import { holdFor } from './hold';
import type { Emulator } from './emulator';
import { errorResponse, GraphError, INVALID_JSON, newRequestId, type EmuRequest, type EmuResponse } from './http';
import { download } from './routes/drive';

const ALLOWED_HEADERS = 'Authorization, Content-Type, client-request-id, Prefer, If-Match, If-None-Match, ConsistencyLevel, X-Emulator-App-Id';
const ALLOWED_METHODS = 'GET, POST, PATCH, PUT, DELETE, OPTIONS';

/** CORS as Graph answers a browser: any origin, but `Retry-After` is not exposed unless the run asks for it. */
function corsHeaders(emulator: Emulator, origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  const exposed = ['request-id', 'client-request-id', 'ETag', 'Location', 'Preference-Applied', 'Content-Type'];
  if (emulator.options.exposeRetryAfter) exposed.push('Retry-After');
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': exposed.join(', '), Vary: 'Origin' };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  if (contentType && !/json/i.test(contentType)) return text;
  try {
    return JSON.parse(text);
  } catch {
    // Only routes that read JSON refuse it (objectBody); drive content takes any bytes.
    return INVALID_JSON;
  }
}

/** `Bearer demo` is the seed's signed-in user, `Bearer demo:<upn or id>` that user (docs/contracts.md §2). */
function authenticate(emulator: Emulator, header: string | undefined): string {
  if (!header) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  const match = /^Bearer\s+demo(?::(.+))?$/i.exec(header.trim());
  if (!match) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token validation failure. The emulator accepts only demo tokens.');
  if (!match[1]) return emulator.store.signedInUserId;
  const user = emulator.store.findUser(decodeURIComponent(match[1]));
  if (!user || user.isRoom) throw new GraphError(401, 'InvalidAuthenticationToken', `The demo token names '${match[1]}', who is not in this tenant.`);
  return user.id;
}

function send(res: ServerResponse, response: EmuResponse, extra: Record<string, string>): void {
  const headers: Record<string, string> = { ...extra, ...response.headers };
  let payload: Buffer | undefined = response.raw;
  if (!payload && response.body !== undefined) {
    payload = Buffer.from(JSON.stringify(response.body));
    headers['Content-Type'] = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
  }
  if (payload) headers['Content-Length'] = String(payload.length);
  res.writeHead(response.status, headers);
  res.end(payload);
}

export async function handleHttp(emulator: Emulator, req: IncomingMessage, res: ServerResponse, fallbackOrigin: string): Promise<void> {
  const started = process.hrtime.bigint();
  // Links (nextLink, downloadUrl) use the host the client called, e.g. localhost:4000 from the demo pages.
  const origin = req.headers.host ? `http://${req.headers.host}` : fallbackOrigin;
  const url = new URL(req.url ?? '/', origin);
  const method = (req.method ?? 'GET').toUpperCase();
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
  const requestId = newRequestId();
  const cors = corsHeaders(emulator, headers.origin);
  const base = { 'request-id': requestId, 'client-request-id': headers['client-request-id'] ?? requestId, ...cors };
  if (method === 'OPTIONS') {
    send(res, { status: 204, headers: { 'Access-Control-Allow-Methods': ALLOWED_METHODS, 'Access-Control-Allow-Headers': headers['access-control-request-headers'] || ALLOWED_HEADERS, 'Access-Control-Max-Age': '600' } }, base);
    return;
  }
  let user: string | null = null;
  let body: unknown;
  let rawText = '';
  let outcome: { response: EmuResponse; fault?: number };
  let path = url.pathname;
  try {
    path = decodeURIComponent(url.pathname);
    const raw = await readBody(req);
    body = parseBody(raw, headers['content-type']);
    rawText = raw.toString('utf8');
    if (path.startsWith('/_emulator/download/')) {
      // A download URL is a round trip of its own (to SharePoint, in a tenant): latency rules apply to it too.
      const latencyMs = emulator.faults.decide(method, '', path, false)?.latencyMs ?? 0;
      if (latencyMs) await holdFor(latencyMs);
      outcome = { response: download(emulator.ctx(), path) ?? { status: 404 } };
    } else if (path.startsWith('/_emulator/')) {
      const response = control(emulator, method, path, url.searchParams, body, origin);
      send(res, response ?? errorResponse(new GraphError(501, 'NotImplemented', `No control endpoint ${method} ${path}.`), { requestId, headers }), base);
      return;
    } else {
      const version = /^\/(v1\.0|beta)(\/.*)?$/.exec(path);
      if (!version) throw new GraphError(400, 'BadRequest', `Invalid version: ${method} ${path}; Graph paths start with /v1.0 or /beta.`);
      const userId = authenticate(emulator, headers.authorization);
      user = emulator.store.users.get(userId)?.userPrincipalName ?? userId;
      const request: EmuRequest = { method, version: version[1] as 'v1.0' | 'beta', path: version[2] ?? '/', query: url.searchParams, headers, body, rawBody: raw.length ? raw : undefined, userId, origin, inBatch: false, requestId };
      outcome = await emulator.pipeline.run(request);
    }
  } catch (error) {
    const graphError = error instanceof GraphError ? error : new GraphError(500, 'InternalServerError', String(error));
    outcome = { response: errorResponse(graphError, { requestId, headers }) };
  }
  send(res, outcome.response, base);
  emulator.log.add({
    time: new Date().toISOString(),
    user,
    method,
    path,
    query: url.search.replace(/^\?/, ''),
    status: outcome.response.status,
    durationMs: Number(process.hrtime.bigint() - started) / 1e6,
    ...(body !== undefined ? { requestBody: body === INVALID_JSON ? rawText : body } : {}),
    ...(outcome.response.batchItems ? { batchItems: outcome.response.batchItems } : {}),
    ...(outcome.fault !== undefined ? { fault: outcome.fault } : {}),
  });
}
