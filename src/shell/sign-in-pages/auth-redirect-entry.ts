import { handOverSignInResponse } from '../../adapters/auth/redirect-bridge';
import { auth } from '../../i18n/catalogues/auth';
import { localeFromTag } from '../../i18n/locale';
import { translator } from '../../i18n/translate';

/**
 * auth-redirect.html: MSAL v5's redirect bridge (the SPA redirect URI registered in Entra ID). It hands the
 * sign-in response to the window that started it: the popup's opener, or back to the dialog page after a redirect.
 * It must be served without Cross-Origin-Opener-Policy (hosting/README.md). After an admin consent (`admin_consent`
 * in the query) there is nothing to hand over: it thanks the admin instead.
 */
const url = new URL(window.location.href);
if (url.searchParams.has('admin_consent')) {
  const locale = localeFromTag(navigator.language) ?? 'en';
  const root = document.getElementById('root');
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'he' ? 'rtl' : 'ltr';
  if (root) root.textContent = translator(auth, locale)('consentGranted');
} else {
  handOverSignInResponse().catch((error: unknown) => console.error('Rapport sign-in: the redirect could not be handed over', error));
}
