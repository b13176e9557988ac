import { GraphServiceError, SignInError } from '../../../../ports/errors';
import type { NoTranscriptReason, TranscriptOutcome } from '../../../../ports/transcripts';

/**
 * What a refusal means for the Talk page. Graph's 403s carry their reason in `innerError.code`
 * (calltranscript-get, onlinemeeting-list-transcripts); a missing consent comes from the token provider.
 */
export function outcomeOfError(key: string, error: unknown): TranscriptOutcome {
  const none = (reason: NoTranscriptReason, extra: { adminConsentUrl?: string } = {}): TranscriptOutcome => ({ key, kind: 'none', reason, ...extra });
  if (error instanceof SignInError) {
    if (error.reason === 'admin-consent-required') return none('adminConsentRequired', error.details.adminConsentUrl ? { adminConsentUrl: error.details.adminConsentUrl } : {});
    if (error.reason === 'consent-required' || error.reason === 'cancelled') return none('consentMissing');
  }
  if (error instanceof GraphServiceError) {
    if (error.status === 403 && error.innerCode === 'SpeakerAttributionNotAllowed') return none('speakerAttributionOff');
    if (error.status === 403) return none('notAllowed');
    if (error.status === 404) return none('expired');
  }
  return { key, kind: 'failed', error };
}
