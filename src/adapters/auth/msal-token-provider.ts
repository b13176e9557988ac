import type { AccountInfo } from '@azure/msal-browser';
import type { TokenProvider } from '../../ports/auth';
import { SignInError, type RapportError } from '../../ports/errors';
import { classifySignInError, needsInteraction, type ClassifyContext } from './classify-error';
import type { InteractiveSignIn, MsalClient } from './msal-client';

interface CachedToken {
  accessToken: string;
  expiresOn: number | null;
}

/** Tokens from a dialog are kept this long before expiry is assumed, when the dialog did not say. */
const DIALOG_TOKEN_FALLBACK_MS = 50 * 60_000;
const EXPIRY_MARGIN_MS = 5 * 60_000;

export interface MsalTokenProviderOptions extends ClassifyContext {
  /** The MSAL client, created on first use (MSAL is loaded lazily, outside the first render's bundle). */
  client: () => Promise<MsalClient>;
  /** Shows a window: the client's popup (nested app auth, plain browser) or the host's dialog. */
  interactive: InteractiveSignIn;
  /** Whether tokens from `interactive` bypass MSAL's cache (the dialog's tokens): then kept here, in memory. */
  keepInteractiveTokens: boolean;
  now: () => number;
}

/**
 * Silent first, interactive when required: `getToken` asks MSAL silently (with the signed-in account when there is
 * one; under nested app auth the host supplies it), and opens one window when that needs a user: consent, sign-in,
 * a new account. At most one window at a time: parallel callers share it. Whatever fails becomes a SignInError
 * whose reason says what the user can do next. `signIn` opens the window directly, for a "Sign in" button (browsers
 * only allow popups from a click).
 */
export class MsalTokenProvider implements TokenProvider {
  private interaction: Promise<string> | null = null;
  private readonly memory = new Map<string, CachedToken>();

  constructor(private readonly options: MsalTokenProviderOptions) {}

  async getToken(scopes: readonly string[]): Promise<string> {
    const remembered = this.remembered(scopes);
    if (remembered) return remembered;
    try {
      const client = await this.options.client();
      const account = accountOf(client);
      const result = await client.acquireTokenSilent({ scopes: [...scopes], ...(account ? { account } : {}) });
      if (result.account) client.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      const classified = this.classify(error);
      if (!needsInteraction(classified) && !(classified instanceof SignInError && classified.reason === 'unknown')) throw classified;
      return this.signIn(scopes);
    }
  }

  /** Opens the sign-in window now (from a click). Resolves with a token, or rejects with a SignInError. */
  signIn(scopes: readonly string[]): Promise<string> {
    this.interaction ??= this.runInteraction(scopes).finally(() => {
      this.interaction = null;
    });
    return this.interaction;
  }

  private async runInteraction(scopes: readonly string[]): Promise<string> {
    try {
      const client = await this.options.client();
      const result = await this.options.interactive(scopes, accountOf(client));
      if (result.account) client.setActiveAccount(result.account);
      if (this.options.keepInteractiveTokens) {
        const expiresOn = result.expiresOn ? result.expiresOn.getTime() : this.options.now() + DIALOG_TOKEN_FALLBACK_MS;
        this.memory.set(scopeKey(scopes), { accessToken: result.accessToken, expiresOn });
      }
      return result.accessToken;
    } catch (error) {
      throw this.classify(error);
    }
  }

  private remembered(scopes: readonly string[]): string | null {
    const hit = this.memory.get(scopeKey(scopes));
    if (!hit) return null;
    if (hit.expiresOn !== null && hit.expiresOn - EXPIRY_MARGIN_MS <= this.options.now()) {
      this.memory.delete(scopeKey(scopes));
      return null;
    }
    return hit.accessToken;
  }

  private classify(error: unknown): RapportError {
    return classifySignInError(error, this.options);
  }
}

const accountOf = (client: MsalClient): AccountInfo | null => client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
const scopeKey = (scopes: readonly string[]): string => [...scopes].map((s) => s.toLowerCase()).sort().join(' ');
