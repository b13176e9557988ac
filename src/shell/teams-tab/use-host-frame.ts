import { useEffect, useState } from 'react';
import type { Locale } from '../../i18n/locale';
import type { FrameTheme } from '../../ui/frame-theme';
import type { PagePreferences } from './preferences';

/** teams-js starts at the latest this long after the tab's first render, should its first screen take longer. */
export const HOST_AT_LATEST_MS = 2000;

/**
 * The theme and language Teams asks for. The tab renders at once with the page's overrides or defaults and adopts
 * the host's values when (and if) Teams answers; outside Teams the race times out and nothing changes. teams-js
 * loads as its own chunk (~12 kB gzip out of the tab's initial script): it is only ever awaited. It loads once
 * `firstScreenShown` (or after HOST_AT_LATEST_MS): the page URL already carries the host's theme and language (the
 * manifest's contentUrl), and teams-js's download and evaluation used to land between Graph's answers and the cards
 * (docs/performance.md, "Faster where the user waits").
 */
export function useHostFrame(preferences: PagePreferences, firstScreenShown = true) {
  // What the page URL says of the host (Teams' contentUrl placeholders) until teams-js answers: no flash of the light
  // theme or the browser's language before it does.
  const [hostTheme, setHostTheme] = useState<FrameTheme>(preferences.host?.theme ?? 'default');
  const [hostLocale, setHostLocale] = useState<Locale | null>(preferences.host?.locale ?? null);
  const [inHost, setInHost] = useState(false);

  const [hostAsked, setHostAsked] = useState(firstScreenShown);
  useEffect(() => {
    if (firstScreenShown) {
      setHostAsked(true);
      return;
    }
    const timer = setTimeout(() => setHostAsked(true), HOST_AT_LATEST_MS);
    return () => clearTimeout(timer);
  }, [firstScreenShown]);

  useEffect(() => {
    if (!hostAsked) return;
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
  }, [hostAsked]);

  return { theme: preferences.theme ?? hostTheme, hostLocale, inHost };
}
