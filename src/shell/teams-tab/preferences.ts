import { isLocale, localeFromTag, type Locale } from '../../i18n/locale';
import { frameThemeOf, type FrameTheme } from '../../ui/frame-theme';
import { hostParam } from '../common/host-params';
import { signInAsOf } from './sign-in-as';

/**
 * The page's parameters. Demo parameters (docs/contracts.md §2): `lang`, `theme` and `as` override what the host
 * says. Teams fills in `hostLocale` and `hostTheme` from the manifest's contentUrl placeholders, so the tab's first
 * render already has the host's language and theme; teams-js confirms them, and reports theme changes, only later
 * (it loads as its own chunk). The contentUrl names each twice: `{app.locale}` / `{app.theme}` (TeamsJS v2, the
 * current docs) and `{locale}` / `{theme}` (their names before v2); the first one a client filled in wins.
 */
export interface PagePreferences {
  lang: Locale | null;
  theme: FrameTheme | null;
  as: string | null;
  /** The host's language and theme as the page URL gave them, until teams-js answers. */
  host?: { locale: Locale | null; theme: FrameTheme | null };
}


export function readPagePreferences(search: string): PagePreferences {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const theme = params.get('theme');
  const hostTheme = hostParam(params, 'hostTheme');
  return {
    lang: isLocale(lang) ? lang : null,
    theme: theme ? frameThemeOf(theme) : null,
    as: signInAsOf(search),
    host: { locale: localeFromTag(hostParam(params, 'hostLocale')), theme: hostTheme ? frameThemeOf(hostTheme) : null },
  };
}

/** `?lang=` first, then the language chosen in Rapport's settings, then the host's, then the browser's, then English. */
export function chooseLocale(options: { override: Locale | null; setting: Locale | null; host: Locale | null; browser: string | undefined }): Locale {
  return options.override ?? options.setting ?? options.host ?? localeFromTag(options.browser) ?? 'en';
}
