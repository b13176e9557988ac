import { startup } from '../../i18n/catalogues/startup';
import { directionOf, isLocale, localeFromTag, type Locale } from '../../i18n/locale';
import { hostParam } from './host-params';

export type StartupProblem = 'loadFailed' | 'notInOutlook';

/**
 * The entries' last resort, when the page's UI itself cannot start: the UI chunk did not load (a network blip) or
 * Office.js is missing (the page opened outside Outlook). React and Fluent are not there (they are what failed to
 * load, or are not loaded yet), so this is plain, unstyled semantic HTML: an alert in the user's language and, for a
 * load failure, a Reload button as the way forward. The technical reason goes to the console for support.
 */
/**
 * The page's language before the UI has started: `?lang=` (the demo's override), else the host's as the page URL
 * gives it (Teams fills `hostLocale` from the manifest's `{app.locale}` or `{locale}`), else the browser's.
 */
export function pageLocale(search: string, browserTag: string | undefined): Locale {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  return isLocale(lang) ? lang : (localeFromTag(hostParam(params, 'hostLocale')) ?? localeFromTag(browserTag) ?? 'en');
}

export function showStartupProblem(root: HTMLElement, locale: Locale, problem: StartupProblem, error?: unknown): void {
  if (error !== undefined) console.error('Rapport could not start.', error);
  const messages = startup[locale];
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.dir = directionOf(locale);
  alert.lang = locale;
  const text = document.createElement('p');
  text.textContent = messages[problem];
  alert.append(text);
  if (problem === 'loadFailed') {
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = messages.reload;
    reload.addEventListener('click', () => window.location.reload());
    alert.append(reload);
  }
  root.replaceChildren(alert);
}
