import { render, screen } from '@testing-library/react';
import { teamsDarkTheme, teamsLightTheme } from '@fluentui/react-components';
import { readPagePreferences } from '../../../src/shell/teams-tab/preferences';
import { TeamsTabRoot } from '../../../src/shell/teams-tab/teams-tab-root';
import { preloadFrameTheme } from '../../../src/shell/teams-tab/use-frame-theme';
import { pendingAdapters } from './pending-adapters';

const clock = { now: () => new Date('2026-11-23T12:00:00Z') };
const adapters = pendingAdapters();

/** The CSS Fluent's provider wrote for its theme (a style element per provider). */
const providerCss = () => [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n') + [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');

describe('the tab\u2019s first render in Teams', () => {
  it('has the host\u2019s language and theme from the page URL (the manifest\u2019s {locale} and {theme}) before teams-js answers', async () => {
    const preferences = readPagePreferences('?hostLocale=he-il&hostTheme=dark');
    // As renderTab does: the dark theme is a chunk of its own, loaded before the first render so it never flashes light.
    await preloadFrameTheme('dark');
    render(<TeamsTabRoot preferences={preferences} clock={clock} services={Promise.resolve(adapters)} servicesValue={adapters} />);
    expect(screen.getByRole('tab', { name: 'הצוות' })).toHaveAttribute('aria-selected', 'true');
    expect(providerCss()).toContain(teamsDarkTheme.colorNeutralBackground1);
    expect(providerCss()).not.toContain(`colorNeutralBackground1: ${teamsLightTheme.colorNeutralBackground1};`);
  });

  it('keeps the URL\'s theme and language when teams-js then finds no host (it reset them to light and none)', async () => {
    const preferences = readPagePreferences('?hostLocale=he-il&hostTheme=dark');
    render(<TeamsTabRoot preferences={preferences} clock={clock} services={Promise.resolve(adapters)} servicesValue={adapters} />);
    // teams-js gives up on a host after TEAMS_INIT_TIMEOUT_MS (1.5 s) outside Teams.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(screen.getByRole('tab', { name: 'הצוות' })).toBeInTheDocument();
    expect(providerCss()).toContain(teamsDarkTheme.colorNeutralBackground1);
  }, 10_000);

  it('takes placeholders Teams left unfilled as no value', () => {
    expect(readPagePreferences('?hostLocale={locale}&hostTheme={theme}').host).toEqual({ locale: null, theme: null });
    // regression: the manifest names both placeholder forms ({app.locale} current, {locale} before TeamsJS v2)
    expect(readPagePreferences('?hostLocale=he-il&hostLocale={locale}&hostTheme=dark&hostTheme={theme}').host).toEqual({ locale: 'he', theme: 'dark' });
    expect(readPagePreferences('?hostLocale={app.locale}&hostLocale=sv-se&hostTheme={app.theme}&hostTheme=contrast').host).toEqual({ locale: 'sv', theme: 'contrast' });
    expect(readPagePreferences('?hostLocale=sv-se&hostTheme=contrast').host).toEqual({ locale: 'sv', theme: 'contrast' });
    expect(readPagePreferences('?hostTheme=glass').host?.theme).toBe('default');
  });

  it('lets the demo\u2019s ?lang= and ?theme= still override the host', () => {
    const preferences = readPagePreferences('?lang=en&theme=default&hostLocale=he-il&hostTheme=dark');
    render(<TeamsTabRoot preferences={preferences} clock={clock} services={Promise.resolve(adapters)} servicesValue={adapters} />);
    expect(screen.getByRole('tab', { name: 'Team' })).toBeInTheDocument();
  });
});
