import { randomUUID } from 'node:crypto';
import type { BatchItemLog } from './request-log';

/** A request as the route handlers see it: top-level or one `$batch` item, already authenticated. */
export interface EmuRequest {
  method: string;
  version: 'v1.0' | 'beta';
  /** The path after the version segment, decoded, e.g. `/me/events/AAMk…`. */
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: unknown;
  rawBody?: Buffer;
  userId: string;
  /** `http://127.0.0.1:<port>`: used for nextLinks, download URLs and container URLs. */
  origin: string;
  inBatch: boolean;
  requestId: string;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON body (serialised by the server) … */
  body?: unknown;
  /** … or raw bytes (drive content). */
  raw?: Buffer;
  /** For the request log: the items of a `$batch`. */
  batchItems?: BatchItemLog[];
}

/** Thrown by handlers; turned into Graph's error body `{ error: { code, message, innerError } }`. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string, code = 'BadRequest') => new GraphError(400, code, message);
export const notFound = (message = 'The requested resource does not exist.', code = 'ResourceNotFound') =>
  new GraphError(404, code, message);

export function errorBody(code: string, message: string, requestId: string, clientRequestId?: string): unknown {
  return {
    error: {
      code,
      message,
      innerError: {
        date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
        'request-id': requestId,
        'client-request-id': clientRequestId ?? requestId,
      },
    },
  };
}

export function errorResponse(error: GraphError, req: Pick<EmuRequest, 'requestId' | 'headers'>): EmuResponse {
  return {
    status: error.status,
    headers: { 'Content-Type': 'application/json', ...error.headers },
    body: errorBody(error.code, error.message, req.requestId, req.headers['client-request-id']),
  };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): EmuResponse => ({
  status,
  headers: { 'Content-Type': 'application/json', ...headers },
  body,
});

export const noContent = (): EmuResponse => ({ status: 204 });

export const newRequestId = () => randomUUID();

/** Default error codes per status, used by fault rules that give no body. */
export const STATUS_CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'InvalidAuthenticationToken',
  403: 'Forbidden',
  404: 'ResourceNotFound',
  409: 'Conflict',
  412: 'PreconditionFailed',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/** Parses the `Prefer` header into a map (`outlook.timezone` → `Europe/Stockholm`, `return` → `representation`). */
export function preferences(headers: Record<string, string>): Map<string, string> {
  const prefs = new Map<string, string>();
  const value = headers.prefer ?? '';
  for (const part of value.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const eq = trimmed.indexOf('=');
    const key = (eq < 0 ? trimmed : trimmed.slice(0, eq)).trim().toLowerCase();
    const raw = eq < 0 ? '' : trimmed.slice(eq + 1).trim();
    prefs.set(key, raw.replace(/^"(.*)"$/, '$1'));
  }
  return prefs;
}

/** The body of a request whose JSON could not be read. */
export const INVALID_JSON = Symbol('invalid JSON');

export function objectBody(req: EmuRequest): Record<string, unknown> {
  if (req.body === INVALID_JSON) {
    throw badRequest('Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  if (req.body === undefined || req.body === null || typeof req.body !== 'object' || Array.isArray(req.body)) {
    throw badRequest('The request body must be a JSON object.', 'BadRequest');
  }
  return req.body as Record<string, unknown>;
}
