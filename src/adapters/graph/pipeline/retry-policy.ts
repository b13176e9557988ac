/**
 * When to try again, and how long to wait. Pure functions, shared by the retry step (top-level answers) and the
 * $batch helper (answers inside a batch body).
 */
export interface RetryPolicy {
  /** The whole time one call may spend waiting and retrying before it gives up as 'busy'. */
  budgetMs: number;
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { budgetMs: 30_000, maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 8_000 };

/**
 * Whether a status may be sent again.
 * - 429: Graph refused the request before doing anything: always safe, POST included.
 * - 503 with a readable Retry-After: Graph's throttling answer, also refused before processing: safe.
 * - 503 without one, 500, 502, 504: the request may have been carried out. Safe only for idempotent requests;
 *   a POST becomes 'outcome-unknown' for the caller to reconcile.
 */
export type RetryVerdict = 'retry' | 'final' | 'ambiguous';

export const verdictFor = (status: number, idempotent: boolean, retryAfterReadable: boolean): RetryVerdict => {
  if (status === 429) return 'retry';
  if (status === 503 && retryAfterReadable) return 'retry';
  if (status === 500 || status === 502 || status === 503 || status === 504) return idempotent ? 'retry' : 'ambiguous';
  return 'final';
};

/** Retry-After as milliseconds (seconds or an HTTP date), or null when absent or unreadable (CORS). */
export const parseRetryAfter = (value: string | null | undefined, nowMs: number): number | null => {
  if (value == null || value.trim() === '') return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
};

/** Exponential backoff with "equal jitter": half the step is fixed, half random, so clients spread out. */
export const backoffMs = (attempt: number, policy: RetryPolicy, random: () => number): number => {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(step / 2 + random() * (step / 2));
};
