import { RapportError } from '../../../ports/errors';
import { backoffMs, parseRetryAfter, verdictFor, type RetryPolicy } from './retry-policy';
import type { Middleware, PipelineTime, RawResponse } from './types';

/**
 * Throttle-aware retry. Waits Retry-After when it can read it (a browser usually cannot: Graph does not expose it
 * to CORS), else backs off with jitter. Gives up, returning the last answer (the client maps it to 'busy'), when
 * the next wait would cross the budget: a Retry-After beyond the budget is not waited out, and not hammered.
 * A POST is never repeated after an answer that leaves its outcome open (see retry-policy.ts).
 */
export const retryStep =
  (policy: RetryPolicy, time: PipelineTime): Middleware =>
  (next) =>
  async (request) => {
    const started = time.now();
    for (let attempt = 0; ; attempt += 1) {
      let response: RawResponse | null = null;
      let failure: unknown = null;
      try {
        response = await next(request);
      } catch (error) {
        if (!(error instanceof RapportError) || error.kind !== 'network') throw error;
        if (!request.idempotent) {
          throw new RapportError('outcome-unknown', `${request.method} ${request.url}: the connection failed after sending`, {
            cause: error,
          });
        }
        failure = error;
      }
      let waitMs: number;
      if (response) {
        const retryAfter = parseRetryAfter(response.headers.get('retry-after'), time.now());
        const verdict = verdictFor(response.status, request.idempotent, retryAfter !== null);
        if (verdict !== 'retry') return response;
        waitMs = retryAfter ?? backoffMs(attempt, policy, time.random);
      } else {
        waitMs = backoffMs(attempt, policy, time.random);
      }
      const spent = time.now() - started;
      if (attempt + 1 >= policy.maxAttempts || spent + waitMs > policy.budgetMs) {
        if (response) return response;
        throw failure;
      }
      await time.sleep(waitMs);
    }
  };
