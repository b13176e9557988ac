import { connectTeamsHost, hostThemeOf, type TeamsAppSdk } from '../../../src/adapters/teams';
import { HostError } from '../../../src/ports/errors';

/** A Teams host stand-in: initialises (or not), hands out a context, and lets the test change the theme. */
function fakeTeams(options: { init: 'resolve' | 'reject' | 'hang'; theme?: string; locale?: string; contextFails?: boolean }) {
  let themeHandler: ((theme: string) => void) | null = null;
  let initialized = false;
  const sdk: TeamsAppSdk = {
    initialize: () => {
      if (options.init === 'hang') return new Promise<void>(() => undefined);
      if (options.init === 'reject') return Promise.reject(new Error('No parent window found'));
      initialized = true;
      return Promise.resolve();
    },
    isInitialized: () => initialized,
    getContext: () =>
      options.contextFails
        ? Promise.reject(new Error('context unavailable'))
        : Promise.resolve({ app: { theme: options.theme ?? 'default', locale: options.locale ?? 'en-us' }, user: { userPrincipalName: 'megan@contoso.example' } }),
    registerOnThemeChangeHandler: (handler) => {
      themeHandler = handler;
    },
  };
  return { sdk, changeTheme: (theme: string) => themeHandler?.(theme) };
}

describe('the Teams host context', () => {
  it('runs standalone when initialize never settles outside Teams', async () => {
    const host = await connectTeamsHost({ sdk: fakeTeams({ init: 'hang' }).sdk, timeoutMs: 20 });
    expect(host).toMatchObject({ inHost: false, theme: 'default', locale: null, userPrincipalName: null });
  });

  it('runs standalone when initialize rejects', async () => {
    const host = await connectTeamsHost({ sdk: fakeTeams({ init: 'reject' }).sdk, timeoutMs: 1000 });
    expect(host.inHost).toBe(false);
  });

  it.each([
    ['he-IL', 'dark', 'he', 'dark'],
    ['sv-se', 'contrast', 'sv', 'contrast'],
    ['en-gb', 'glass', 'en', 'default'],
    ['fr-fr', 'default', null, 'default'],
  ])('maps locale %s and theme %s from the context', async (locale, theme, expectedLocale, expectedTheme) => {
    const host = await connectTeamsHost({ sdk: fakeTeams({ init: 'resolve', locale, theme }).sdk });
    expect(host).toMatchObject({ inHost: true, locale: expectedLocale, theme: expectedTheme, userPrincipalName: 'megan@contoso.example' });
  });

  it('tells every listener about a theme change until it unsubscribes', async () => {
    const teams = fakeTeams({ init: 'resolve' });
    const host = await connectTeamsHost({ sdk: teams.sdk });
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = host.onThemeChange((t) => first.push(t));
    host.onThemeChange((t) => second.push(t));
    teams.changeTheme('dark');
    stopFirst();
    teams.changeTheme('glass');
    expect(first).toEqual(['dark']);
    expect(second).toEqual(['dark', 'default']);
  });

  it('fails with a typed host error when Teams initialised but withholds its context', async () => {
    await expect(connectTeamsHost({ sdk: fakeTeams({ init: 'resolve', contextFails: true }).sdk })).rejects.toBeInstanceOf(HostError);
  });

  it('falls back to the default theme for names Teams may add later', () => {
    expect([hostThemeOf('dark'), hostThemeOf('contrast'), hostThemeOf('glass'), hostThemeOf(undefined)]).toEqual(['dark', 'contrast', 'default', 'default']);
  });
});
