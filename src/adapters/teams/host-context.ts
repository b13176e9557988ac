import type { HostContext, HostTheme } from '../../ports/host';
import { HostError } from '../../ports/errors';
import { localeFromTag } from '../../i18n/locale';
import { teamsJsSdk, type TeamsAppSdk } from './teams-sdk';

/** Teams sends "default", "dark", "contrast" and lately "glass"; anything we have no theme for is the default. */
export const hostThemeOf = (name: string | null | undefined): HostTheme =>
  name === 'dark' || name === 'contrast' ? name : 'default';

/**
 * Outside Teams `app.initialize()` either rejects or never settles (it waits for a parent frame that is not
 * there), so it is raced with this timeout and the tab then runs standalone, as in the demo.
 */
export const TEAMS_INIT_TIMEOUT_MS = 1500;

const STANDALONE: HostContext = {
  inHost: false,
  theme: 'default',
  locale: null,
  userPrincipalName: null,
  onThemeChange: () => () => undefined,
};

function initializedWithin(sdk: TeamsAppSdk, timeoutMs: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    sdk.initialize().then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}

/**
 * Connects to the Teams host. Resolves to a standalone context when there is no host (initialize rejected or timed
 * out). Rejects with HostError when Teams initialised but would not give its context: the shell then decides.
 */
export async function connectTeamsHost(options: { sdk?: TeamsAppSdk; timeoutMs?: number } = {}): Promise<HostContext> {
  const sdk = options.sdk ?? teamsJsSdk;
  const inHost = await initializedWithin(sdk, options.timeoutMs ?? TEAMS_INIT_TIMEOUT_MS);
  if (!inHost || !sdk.isInitialized()) return STANDALONE;
  let context: Awaited<ReturnType<TeamsAppSdk['getContext']>>;
  try {
    context = await sdk.getContext();
  } catch (error) {
    throw new HostError('host', 'app.getContext', null, error instanceof Error ? error.message : String(error));
  }
  const listeners = new Set<(theme: HostTheme) => void>();
  // One teams-js handler fans out to every listener; teams-js itself keeps only the last one registered.
  sdk.registerOnThemeChangeHandler((theme) => listeners.forEach((listener) => listener(hostThemeOf(theme))));
  return {
    inHost: true,
    theme: hostThemeOf(context.app.theme),
    locale: localeFromTag(context.app.locale),
    userPrincipalName: context.user?.userPrincipalName ?? context.user?.loginHint ?? null,
    onThemeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The context for a tab that is known to run outside Teams (tests, the demo index). */
export const standaloneHostContext = (): HostContext => STANDALONE;
