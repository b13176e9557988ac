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
    /** `error.innerError.code` when Graph gives one (e.g. 403 SpeakerAttributionNotAllowed under code Forbidden). */
    readonly innerCode: string | null = null,
  ) {
    super(kind, `${status} ${code}: ${message}`);
    this.name = 'GraphServiceError';
  }
}

/**
 * Planner refused to create a roster (the private pair plan): creating rosters is turned off for this user
 * ('disabled'), or the tenant requires a sensitivity label on new rosters ('label-required', Graph's code
 * `sensitivityLabelsAreMandatory`), which Rapport cannot give (docs/decisions/roster-labels.md). The group-plan
 * mode is the way forward until an admin changes it.
 */
export class RosterRefusedError extends GraphServiceError {
  constructor(
    readonly reason: 'disabled' | 'label-required',
    source: GraphServiceError,
  ) {
    super('graph', source.status, source.code, source.message, source.requestId);
    this.name = 'RosterRefusedError';
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

/** Why signing in did not give a token; each has its own message and next step (src/i18n/catalogues/auth.ts). */
export type SignInReason =
  | 'interaction-required' // the user must sign in (or pick an account) in a window
  | 'consent-required' // the user can grant the permissions in the sign-in window
  | 'admin-consent-required' // only an admin can grant them: `adminConsentUrl` is the link to pass on
  | 'blocked-by-policy' // Conditional Access, a device rule or app assignment refuses this user here
  | 'popup-blocked' // the browser or host blocked the sign-in window: retry from a click
  | 'cancelled' // the user closed the sign-in window or declined
  | 'in-progress' // another sign-in window is already open
  | 'offline'
  | 'unknown';

/** Sign-in failed. `kind` follows the reason: consent → 'consent-required', offline → 'network', else 'auth-required'. */
export class SignInError extends RapportError {
  constructor(
    readonly reason: SignInReason,
    message: string,
    readonly details: { adminConsentUrl?: string; code?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(
      reason === 'consent-required' || reason === 'admin-consent-required' ? 'consent-required' : reason === 'offline' ? 'network' : 'auth-required',
      message,
      options,
    );
    this.name = 'SignInError';
  }
}
