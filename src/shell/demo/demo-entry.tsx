import { createRoot } from 'react-dom/client';
import { directionOf, isLocale, localeFromTag } from '../../i18n/locale';
import { frameThemeOf } from '../../ui/frame-theme';
import { IndexPage } from './index-page';

// The demo index (served at /): `?lang=` and `?theme=` as on every demo page (docs/contracts.md §2), else the browser's
// language. The preview's sample meeting is dated from the browser's clock and zone.
const params = new URLSearchParams(window.location.search);
const lang = params.get('lang');
const locale = isLocale(lang) ? lang : (localeFromTag(navigator.language) ?? 'en');
document.documentElement.lang = locale;
document.documentElement.dir = directionOf(locale);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <IndexPage
      locale={locale}
      theme={frameThemeOf(params.get('theme'))}
      search={window.location.search}
      now={new Date()}
      timeZone={Intl.DateTimeFormat().resolvedOptions().timeZone}
    />,
  );
}
