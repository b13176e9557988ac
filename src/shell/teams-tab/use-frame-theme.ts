import { useEffect, useState } from 'react';
import type { Theme } from '@fluentui/react-components';
import { loadFrameTheme, type FrameTheme } from '../../ui/frame-theme';

/** Themes already at hand, by name: the default one always, dark and high contrast once their chunk has loaded. */
const loaded = new Map<FrameTheme, Theme>();

const themeAtHand = (name: FrameTheme): Theme | undefined => {
  if (!loaded.has(name)) {
    const theme = loadFrameTheme(name);
    if (!(theme instanceof Promise)) loaded.set(name, theme);
  }
  return loaded.get(name);
};

/**
 * Loads a theme before the tab's first render, so a tab opened dark never flashes light. The default theme is in the
 * tab's script; dark and high contrast are a chunk of their own (docs/performance.md, "Faster where the user waits").
 */
export async function preloadFrameTheme(name: FrameTheme): Promise<void> {
  if (themeAtHand(name)) return;
  loaded.set(name, await loadFrameTheme(name));
}

/**
 * The Fluent theme for the host's theme name. A theme not loaded yet (Teams switched to dark while the tab is open)
 * keeps the current one until its chunk is in; a chunk that does not load leaves the tab in the theme it has.
 */
export function useFrameTheme(name: FrameTheme): Theme {
  const [shown, setShown] = useState<Theme>(() => themeAtHand(name) ?? (themeAtHand('default') as Theme));
  useEffect(() => {
    const atHand = themeAtHand(name);
    if (atHand) {
      setShown(atHand);
      return;
    }
    let live = true;
    preloadFrameTheme(name).then(
      () => live && setShown(loaded.get(name) as Theme),
      (error: unknown) => console.warn(`The ${name} theme did not load; the tab keeps its current theme.`, error),
    );
    return () => {
      live = false;
    };
  }, [name]);
  return shown;
}
