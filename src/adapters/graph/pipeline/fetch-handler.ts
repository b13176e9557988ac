import { RapportError } from '../../../ports/errors';
import type { Handler } from './types';

/**
 * The last step: one HTTP exchange. A failure without an answer (offline, DNS, CORS, reset) becomes
 * RapportError 'network'; the retry step decides whether that is safe to repeat. An attempt that hangs is
 * aborted after `attemptTimeoutMs` (it would otherwise hold one of the 4 slots for good and stall every call).
 */
export const fetchHandler =
  (fetchImpl: typeof fetch, attemptTimeoutMs: number): Handler =>
  async (request) => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), attemptTimeoutMs);
    try {
      const response = await fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: abort.signal,
      });
      const bodyText = await response.text();
      return { status: response.status, headers: response.headers, bodyText };
    } catch (cause) {
      const what = abort.signal.aborted ? `no answer within ${attemptTimeoutMs} ms` : 'no answer';
      throw new RapportError('network', `${request.method} ${request.url}: ${what}`, { cause });
    } finally {
      clearTimeout(timer);
    }
  };
