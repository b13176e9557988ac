import { GraphServiceError, isRapportError, SignInError } from '../../ports/errors';

/** The capabilities Rapport needs, in the order the check tries them. */
export const CHECK_STEPS = [
  'profile',
  'directReports',
  'calendar',
  'meetingBody',
  'appFolder',
  'fallbackFolder',
  'roster',
  'plan',
  'bucket',
  'task',
  'cleanup',
] as const;
export type CheckStepId = (typeof CHECK_STEPS)[number];

/** What an admin (or the user) can do about a refusal; each has its words in src/i18n/catalogues/tenant-check.ts. */
export type CheckFix =
  | 'grantConsent' // Entra admin center: grant admin consent to Rapport's permissions
  | 'allowRosters' // Planner: roster creation is turned off for this user
  | 'labelRequired' // Purview: a sensitivity label is mandatory for new rosters
  | 'useFallbackFolder' // the app folder is refused: Rapport uses /Apps/Rapport with Files.ReadWrite
  | 'plannerLicence' // Microsoft 365 admin center: a licence that includes Planner
  | 'tryLater' // Graph is throttling: nothing to change, run the check again later
  | 'cleanupByHand' // something the check created could not be deleted: delete it by hand
  | 'unknown';

/** Why a step was not tried: an earlier step it needs was refused, or it was not needed. */
export type NotTriedReason = 'needsEarlier' | 'notNeeded' | 'noEvent';

export type CheckResult =
  | { step: CheckStepId; status: 'works'; detail?: string }
  | { step: CheckStepId; status: 'refused'; fix: CheckFix; httpStatus: number | null; code: string; requestId: string | null }
  | { step: CheckStepId; status: 'not-tried'; reason: NotTriedReason };

const LABEL_CODE = /sensitivitylabelsaremandatory/i;
const CONSENT_CODES = /^(authorization_requestdenied|erroraccessdenied|accessdenied_consent|consentrequired)$/i;

/** Graph's answer turned into the admin action that fixes it; which step refused decides as much as the code. */
export function fixFor(step: CheckStepId, error: unknown): CheckFix {
  if (error instanceof SignInError) return error.reason === 'consent-required' || error.reason === 'admin-consent-required' ? 'grantConsent' : 'unknown';
  if (isRapportError(error) && error.kind === 'busy') return 'tryLater';
  if (isRapportError(error) && error.kind === 'consent-required') return 'grantConsent';
  if (!(error instanceof GraphServiceError)) return 'unknown';
  if (error.status === 429) return 'tryLater';
  if (step === 'cleanup') return 'cleanupByHand';
  if (error.status === 401 || CONSENT_CODES.test(error.code)) return 'grantConsent';
  if (error.status !== 403) return 'unknown';
  if (step === 'appFolder') return 'useFallbackFolder';
  if (step === 'roster') return LABEL_CODE.test(error.code) ? 'labelRequired' : 'allowRosters';
  if (step === 'plan' || step === 'bucket' || step === 'task') return 'plannerLicence';
  return 'grantConsent';
}

export function refusal(step: CheckStepId, error: unknown): CheckResult {
  const graph = error instanceof GraphServiceError ? error : null;
  const code = graph?.code ?? (error instanceof SignInError ? error.reason : isRapportError(error) ? error.kind : 'error');
  return { step, status: 'refused', fix: fixFor(step, error), httpStatus: graph?.status ?? null, code, requestId: graph?.requestId ?? null };
}
