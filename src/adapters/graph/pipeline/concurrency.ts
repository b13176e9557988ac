import type { Middleware } from './types';

/**
 * At most `limit` requests in flight (Outlook allows 4 concurrent requests per mailbox; a fifth answers 429).
 * It sits outside the retry step on purpose: a request waiting out a throttle keeps its slot, so a throttled
 * mailbox sees fewer requests, not more.
 */
export const concurrencyStep = (limit: number): Middleware => {
  let active = 0;
  const waiting: Array<() => void> = [];
  const acquire = async (): Promise<void> => {
    if (active < limit) {
      active += 1;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const nextInLine = waiting.shift();
    if (nextInLine) nextInLine();
    else active -= 1;
  };
  return (next) => async (request) => {
    await acquire();
    try {
      return await next(request);
    } finally {
      release();
    }
  };
};
