import type { RapportError} from '../../ports/errors';
import { SignInError, type SignInReason } from '../../ports/errors';

/**
 * Turns whatever MSAL (or the host's dialog) threw into a SignInError. MSAL errors are recognised by their fields
 * (`errorCode`, `subError`, `errorMessage` with the AADSTS number), not by class, so that errors crossing the nested
 * app auth bridge and errors from another copy of the library are read the same way.
 */
interface MsalLikeError {
  errorCode?: unknown;
  subError?: unknown;
  errorMessage?: unknown;
  message?: unknown;
  /** The first AADSTS number of a server error (MSAL v5 keeps it here; its message may be only a link). */
  errorNo?: unknown;
}

/** AADSTS numbers with a meaning of their own (Entra ID error reference). */
const AADSTS: Array<[RegExp, SignInReason]> = [
  [/AADSTS(90094|90008|900941|65002)\b/, 'admin-consent-required'], // admin approval required / admin-only scopes
  [/AADSTS700016\b/, 'admin-consent-required'], // the app is not (yet) known in this tenant
  [/AADSTS65004\b/, 'cancelled'], // the user declined to consent
  [/AADSTS65001\b/, 'consent-required'], // not consented yet
  [/AADSTS(53000|53001|53002|53003|530003|530002|50105|50097)\b/, 'blocked-by-policy'], // Conditional Access, device, assignment
];

const INTERACTION_CODES = new Set([
  'interaction_required',
  'login_required',
  'no_tokens_found',
  'refresh_token_expired',
  'bad_token',
  'native_account_unavailable',
  'no_account_error',
  'ui_not_allowed',
  'interrupted_user',
  'timed_out', // a hidden iframe renewal that never came back: a window will do it
]);
const NETWORK_CODES = new Set(['no_network_connectivity', 'post_request_failed', 'get_request_failed', 'endpoints_resolution_error']);
const POPUP_BLOCKED_CODES = new Set(['popup_window_error', 'empty_window_error', 'block_nested_popups']);
const CANCELLED_CODES = new Set(['user_cancelled', 'access_denied']);

/** Office dialog errors: 12006 closed by the user, 12009 the user ignored the dialog prompt, 12011 popups blocked. */
const OFFICE_DIALOG: Record<number, SignInReason> = { 12006: 'cancelled', 12009: 'popup-blocked', 12011: 'popup-blocked', 12007: 'in-progress' };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export interface ClassifyContext {
  adminConsentUrl: string;
  online: () => boolean;
}

export function classifySignInError(error: unknown, context: ClassifyContext): RapportError {
  if (error instanceof SignInError) return error;
  const e = (error && typeof error === 'object' ? error : {}) as MsalLikeError & { code?: unknown };
  const code = text(e.errorCode);
  const sub = text(e.subError);
  const errorNo = text(e.errorNo) || (typeof e.errorNo === 'number' ? String(e.errorNo) : '');
  const detail = `${errorNo ? `AADSTS${errorNo} ` : ''}${text(e.errorMessage)} ${text(e.message)}`;
  const make = (reason: SignInReason) =>
    new SignInError(reason, `sign-in failed: ${code || sub || 'unknown'} ${detail}`.trim(), {
      code: code || undefined,
      adminConsentUrl: reason === 'admin-consent-required' || reason === 'consent-required' ? context.adminConsentUrl : undefined,
    }, { cause: error });

  for (const [pattern, reason] of AADSTS) if (pattern.test(detail)) return make(reason);
  if (typeof e.code === 'number' && OFFICE_DIALOG[e.code]) return make(OFFICE_DIALOG[e.code] as SignInReason);
  if (code === 'consent_required' || sub === 'consent_required') return make('consent-required');
  // teams-js authentication.authenticate rejects with plain messages.
  if (/\bCancelledByUser\b/.test(detail)) return make('cancelled');
  if (/\bFailedToOpenWindow\b/.test(detail)) return make('popup-blocked');
  if (NETWORK_CODES.has(code) || !context.online()) return make('offline');
  if (POPUP_BLOCKED_CODES.has(code)) return make('popup-blocked');
  if (CANCELLED_CODES.has(code)) return make('cancelled');
  if (code === 'interaction_in_progress') return make('in-progress');
  if (INTERACTION_CODES.has(code) || INTERACTION_CODES.has(sub)) return make('interaction-required');
  return make('unknown');
}

/** True when a window (popup, host UI or dialog) could fix it. */
export const needsInteraction = (error: RapportError): boolean =>
  error instanceof SignInError && (error.reason === 'interaction-required' || error.reason === 'consent-required');
