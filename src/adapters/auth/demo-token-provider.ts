import type { TokenProvider } from '../../ports/auth';

/**
 * The demo's tokens (docs/contracts.md §2): `demo:<upn>` signs in as that seeded user, plain `demo` as the seed's
 * signed-in user. The emulator accepts them; real Graph never would.
 */
export const createDemoTokenProvider = (userPrincipalName?: string | null): TokenProvider => ({
  getToken: () => Promise.resolve(userPrincipalName ? `demo:${userPrincipalName}` : 'demo'),
});
