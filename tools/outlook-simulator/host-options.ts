import { isLocale } from '../../src/i18n/locale';
import type { OfficeStandInOptions } from '../office-stand-in';

/** Outlook's display language for each of Rapport's locales, as Office.js reports it. */
const LANGUAGE_TAGS = { en: 'en-US', he: 'he-IL', sv: 'sv-SE' } as const;

/**
 * Per Office call, the simulated host answers after this many ms. Outlook answers an add-in's Office.js call by a
 * message to the host and back (a postMessage round trip on the web, an RPC on desktop): tens of ms, not zero.
 */
export const DEFAULT_OFFICE_LATENCY_MS = 30;

/** Office's body background in its Black theme and in its default (Colorful) one. */
const OFFICE_BODY_BACKGROUND = { dark: '#262626', light: '#ffffff' } as const;

/**
 * The simulated Outlook's settings from a page's parameters: lang (display language), latency (ms per call) and
 * officeTheme (`dark` or `light`: the user's Office theme, which Outlook tells from Mailbox 1.14).
 */
export function hostOptionsOf(params: URLSearchParams): Pick<OfficeStandInOptions, 'displayLanguage' | 'latencyMs' | 'officeTheme' | 'mailboxVersion'> {
  const lang = params.get('lang');
  const latency = Number(params.get('latency') ?? DEFAULT_OFFICE_LATENCY_MS);
  const officeTheme = params.get('officeTheme');
  return {
    displayLanguage: LANGUAGE_TAGS[isLocale(lang) ? lang : 'en'],
    latencyMs: Number.isFinite(latency) && latency >= 0 ? latency : DEFAULT_OFFICE_LATENCY_MS,
    ...(officeTheme === 'dark' || officeTheme === 'light' ? { officeTheme: { bodyBackgroundColor: OFFICE_BODY_BACKGROUND[officeTheme] }, mailboxVersion: '1.14' } : {}),
  };
}
