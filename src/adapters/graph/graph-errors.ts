import { GraphServiceError, RapportError } from '../../ports/errors';
import { parseRetryAfter, verdictFor } from './pipeline/retry-policy';
import type { PipelineRequest, RawResponse } from './pipeline/types';

interface GraphErrorBody {
  error?: { code?: string; message?: string; innerError?: { 'request-id'?: string; code?: string } };
}

const parseErrorBody = (body: unknown): GraphErrorBody['error'] =>
  body && typeof body === 'object' && 'error' in body ? (body as GraphErrorBody).error : undefined;

/**
 * The typed error for a Graph error answer (`{"error":{"code","message","innerError":{"request-id"}}}`), top level
 * or inside a $batch. A POST that met 500/502/504 (or 503 without Retry-After) may have been carried out:
 * 'outcome-unknown', never a plain failure, so callers reconcile before they create again.
 */
export const graphError = (
  request: Pick<PipelineRequest, 'method' | 'url' | 'idempotent'>,
  status: number,
  body: unknown,
  headers: { get(name: string): string | null },
): RapportError => {
  const error = parseErrorBody(body);
  const code = error?.code ?? `Http${status}`;
  const message = error?.message ?? `${request.method} ${request.url}`;
  const requestId = headers.get('request-id') ?? error?.innerError?.['request-id'] ?? null;
  const readableRetryAfter = parseRetryAfter(headers.get('retry-after'), 0) !== null;
  if (verdictFor(status, request.idempotent, readableRetryAfter) === 'ambiguous') {
    return new RapportError('outcome-unknown', `${status} ${code}: ${request.method} ${request.url} may have been applied`, {
      cause: new GraphServiceError('graph', status, code, message, requestId),
    });
  }
  const kind =
    status === 401
      ? 'auth-required'
      : status === 404
        ? 'not-found'
        : status === 409 || status === 412
          ? 'conflict'
          : status === 429 || status === 503 || status === 504
            ? 'busy'
            : 'graph';
  return new GraphServiceError(kind, status, code, message, requestId, typeof error?.innerError?.code === 'string' ? error.innerError.code : null);
};

export const parseBody = (response: Pick<RawResponse, 'bodyText' | 'headers'>): unknown => {
  if (response.bodyText === '') return null;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json') || /^\s*[{[]/.test(response.bodyText)) {
    try {
      return JSON.parse(response.bodyText) as unknown;
    } catch {
      return response.bodyText;
    }
  }
  return response.bodyText;
};
