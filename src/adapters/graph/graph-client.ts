import { graphError, parseBody } from './graph-errors';
import type { Handler, HttpMethod, PipelineRequest } from './pipeline/types';

export type GraphVersion = 'v1.0' | 'beta';

export interface GraphRequestInit {
  method?: HttpMethod;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is (set Content-Type yourself). */
  body?: unknown;
  version?: GraphVersion;
  /** Defaults to true for every method but POST. */
  idempotent?: boolean;
  /** For pre-authenticated absolute URLs (download URLs): no token, no request id. */
  anonymous?: boolean;
  /** Token scopes beyond Rapport's standard set (see DOCUMENT_FALLBACK_SCOPES). */
  scopes?: readonly string[];
}

export interface GraphResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/**
 * The one way Rapport talks to Graph. `send` resolves for every HTTP answer; `json` throws the typed error for
 * anything but 2xx. Paths are relative to the version (`/me/events`); absolute URLs (nextLink) pass unchanged.
 */
export interface GraphClient {
  readonly baseUrl: string;
  send<T = unknown>(path: string, init?: GraphRequestInit): Promise<GraphResponse<T>>;
  json<T = unknown>(path: string, init?: GraphRequestInit): Promise<T>;
  /** The same, with the answer's status and headers (ETags). */
  call<T = unknown>(path: string, init?: GraphRequestInit): Promise<GraphResponse<T>>;
}

export const urlFor = (baseUrl: string, path: string, version: GraphVersion = 'v1.0'): string =>
  /^https?:\/\//i.test(path) ? path : `${baseUrl}/${version}${path.startsWith('/') ? path : `/${path}`}`;

export const createGraphClient = (graphBaseUrl: string, pipeline: Handler): GraphClient => {
  const baseUrl = graphBaseUrl.replace(/\/+$/, '');
  const toRequest = (path: string, init: GraphRequestInit): PipelineRequest => {
    const method = init.method ?? 'GET';
    const headers: Record<string, string> = { ...init.headers };
    let body: string | undefined;
    if (typeof init.body === 'string') body = init.body;
    else if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['Content-Type'] ??= 'application/json';
    }
    return {
      method,
      url: urlFor(baseUrl, path, init.version),
      headers,
      body,
      idempotent: init.idempotent ?? method !== 'POST',
      anonymous: init.anonymous ?? false,
      ...(init.scopes ? { scopes: init.scopes } : {}),
    };
  };
  const send = async <T>(path: string, init: GraphRequestInit = {}): Promise<GraphResponse<T>> => {
    const request = toRequest(path, init);
    const raw = await pipeline(request);
    return { status: raw.status, headers: raw.headers, body: parseBody(raw) as T };
  };
  const call = async <T>(path: string, init: GraphRequestInit = {}): Promise<GraphResponse<T>> => {
    const request = toRequest(path, init);
    const raw = await pipeline(request);
    const body = parseBody(raw);
    if (raw.status < 200 || raw.status >= 300) throw graphError(request, raw.status, body, raw.headers);
    return { status: raw.status, headers: raw.headers, body: body as T };
  };
  return {
    baseUrl,
    send,
    call,
    json: async <T>(path: string, init?: GraphRequestInit) => (await call<T>(path, init)).body,
  };
};
