import { GRAPH_SCOPES, type TokenProvider } from '../../../ports/auth';
import type { Middleware } from './types';

/** Adds the bearer token. Pre-authenticated URLs (download URLs) must never see it. */
export const authStep =
  (tokens: TokenProvider): Middleware =>
  (next) =>
  async (request) => {
    if (request.anonymous) return next(request);
    const token = await tokens.getToken(request.scopes ?? GRAPH_SCOPES);
    return next({ ...request, headers: { ...request.headers, Authorization: `Bearer ${token}` } });
  };
