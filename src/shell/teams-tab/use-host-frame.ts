import { useEffect, useState } from 'react';
import type { Locale } from '../../i18n/locale';
import type { FrameTheme } from '../../ui/app-frame';
import type { PagePreferences } from './preferences';

/**
 * The theme and language Teams asks for. The tab renders at once with the page's overrides or defaults and adopts
 * the host's values when (and if) Teams answers; outside Teams the race times out and nothing changes. teams-js
 * loads as its own chunk (~12 kB gzip out of the tab's initial script): it is only ever awaited.
 */
export function useHostFrame(preferences: PagePreferences) {
  // What the page URL says of the host (Teams' contentUrl placeholders) until teams-js answers: no flash of the light
  // theme or the browser's language before it does.
  const [hostTheme, setHostTheme] = useState<FrameTheme>(preferences.host?.theme ?? 'default');
  const [hostLocale, setHostLocale] = useState<Locale | null>(preferences.host?.locale ?? null);
  const [inHost, setInHost] = useState(false);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    import('../../adapters/teams')
      .then(({ connectTeamsHost }) => connectTeamsHost())
      .then((host) => {
        // Outside Teams (teams-js timed out) the page URL's values stand: there is no host to say otherwise.
        if (!live || !host.inHost) return;
        setInHost(true);
        setHostTheme(host.theme);
        setHostLocale(host.locale);
        stop = host.onThemeChange(setHostTheme);
      })
      .catch((error: unknown) => console.warn('Teams context unavailable; running standalone.', error));
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  return { theme: preferences.theme ?? hostTheme, hostLocale, inHost };
}
