import { isLocale, localeFromTag, type Locale } from '../../i18n/locale';
import { frameThemeOf, type FrameTheme } from '../../ui/app-frame';
import { signInAsOf } from './sign-in-as';

/** Demo page parameters (CONTRACTS.md §2): `lang`, `theme` and `as` override what the host says. */
export interface PagePreferences {
  lang: Locale | null;
  theme: FrameTheme | null;
  as: string | null;
}

export function readPagePreferences(search: string): PagePreferences {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const theme = params.get('theme');
  return {
    lang: isLocale(lang) ? lang : null,
    theme: theme ? frameThemeOf(theme) : null,
    as: signInAsOf(search),
  };
}

/** `?lang=` first, then the language chosen in Rapport's settings, then the host's, then the browser's, then English. */
export function chooseLocale(options: { override: Locale | null; setting: Locale | null; host: Locale | null; browser: string | undefined }): Locale {
  return options.override ?? options.setting ?? options.host ?? localeFromTag(options.browser) ?? 'en';
}
