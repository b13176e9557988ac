import type { Middleware } from './types';

/** An RFC 4122 version 4 id from an injected random source (tests replay it). */
export const uuidFrom = (random: () => number): string => {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256) & 0xff);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * `client-request-id` for Graph's logs. Set once per logical request: the retry step sends the same request
 * object again, so every attempt of one call carries one id (support can follow a call across its retries).
 */
export const requestIdStep =
  (random: () => number): Middleware =>
  (next) =>
  (request) => {
    if (request.anonymous || request.headers['client-request-id']) return next(request);
    request.headers['client-request-id'] = uuidFrom(random);
    return next(request);
  };
