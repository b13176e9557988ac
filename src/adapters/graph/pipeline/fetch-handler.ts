import { RapportError } from '../../../ports/errors';
import type { Handler } from './types';

/**
 * The last step: one HTTP exchange. A failure without an answer (offline, DNS, CORS, reset) becomes
 * RapportError 'network'; the retry step decides whether that is safe to repeat.
 */
export const fetchHandler =
  (fetchImpl: typeof fetch): Handler =>
  async (request) => {
    let response: Response;
    let bodyText: string;
    try {
      response = await fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      });
      bodyText = await response.text();
    } catch (cause) {
      throw new RapportError('network', `${request.method} ${request.url}: no answer`, { cause });
    }
    return { status: response.status, headers: response.headers, bodyText };
  };
