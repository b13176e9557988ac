/**
 * Typed errors every port may raise. Adapters translate host and HTTP failures into these at the boundary;
 * features switch on `kind` to show a localised message and a way forward. Messages here are for developers
 * and logs only, never shown to users as they are.
 */
export type RapportErrorKind =
  | 'graph' // Graph answered with an error status
  | 'network' // no answer at all (offline, DNS, CORS, reset)
  | 'busy' // throttled past the retry budget
  | 'outcome-unknown' // a non-idempotent write may or may not have happened: reconcile before retrying
  | 'auth-required' // no token, or the token was refused: sign in again
  | 'consent-required'
  | 'not-found'
  | 'conflict' // 409/412: re-read and retry
  | 'host-unsupported' // the Office/Teams host lacks a capability (requirement set)
  | 'host'; // the host reported an error (an Office error code)

export class RapportError extends Error {
  readonly kind: RapportErrorKind;
  constructor(kind: RapportErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
    this.name = 'RapportError';
  }
}

/** Graph answered with an error body (`{"error":{"code","message","innerError":{"request-id"}}}`). */
export class GraphServiceError extends RapportError {
  constructor(
    kind: Extract<RapportErrorKind, 'graph' | 'not-found' | 'conflict' | 'auth-required' | 'busy'>,
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null,
  ) {
    super(kind, `${status} ${code}: ${message}`);
    this.name = 'GraphServiceError';
  }
}

/** An Office.js call failed; `code` is Office's numeric error code (e.g. 9041), `capability` the API. */
export class HostError extends RapportError {
  constructor(
    kind: Extract<RapportErrorKind, 'host' | 'host-unsupported'>,
    readonly capability: string,
    readonly code: number | null,
    message: string,
  ) {
    super(kind, `${capability}: ${message}`);
    this.name = 'HostError';
  }
}

export const isRapportError = (e: unknown): e is RapportError => e instanceof RapportError;
