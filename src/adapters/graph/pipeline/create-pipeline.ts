import type { TokenProvider } from '../../../ports/auth';
import { authStep } from './auth';
import { concurrencyStep } from './concurrency';
import { fetchHandler } from './fetch-handler';
import { requestIdStep } from './request-id';
import { retryStep } from './retry';
import type { RetryPolicy } from './retry-policy';
import { compose, type Handler, type PipelineTime } from './types';

export interface PipelineOptions {
  tokens: TokenProvider;
  fetch: typeof fetch;
  time: PipelineTime;
  policy: RetryPolicy;
  /** Requests in flight at once (Outlook: 4 per mailbox). */
  maxInFlight: number;
  /** One attempt's limit before it counts as "no answer". */
  attemptTimeoutMs: number;
}

/** The one Graph pipeline: token → ≤ maxInFlight in flight → throttle-aware retry → request id → fetch. */
export const createPipeline = (options: PipelineOptions): Handler =>
  compose(
    fetchHandler(options.fetch, options.attemptTimeoutMs),
    authStep(options.tokens),
    concurrencyStep(options.maxInFlight),
    retryStep(options.policy, options.time),
    requestIdStep(options.time.random),
  );
