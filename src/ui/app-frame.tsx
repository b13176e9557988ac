import type { ReactNode } from 'react';
import type { Theme } from '@fluentui/react-components';
import type { Locale } from '../i18n/locale';
import type { FrameTheme } from './frame-theme';
// The themes' values in a build, not the code that computes them (tools/build/theme-values-loader.js).
import { teamsDarkTheme, teamsHighContrastTheme } from './frame-themes-other';
import { teamsLightTheme } from './host-theme-default';
import { ThemedFrame } from './themed-frame';

const THEMES: Record<FrameTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/**
 * The frame with all three host themes at hand (the demo index, tests). Its dark and high-contrast tables are ~37 kB of
 * script, so a surface's first script uses `ThemedFrame` with `loadFrameTheme` instead (docs/performance.md); names
 * such as `frameThemeOf` come from `./frame-theme`, never through this module.
 */
export function AppFrame({ locale, theme, children }: { locale: Locale; theme: FrameTheme; children: ReactNode }) {
  return (
    <ThemedFrame locale={locale} theme={THEMES[theme]}>
      {children}
    </ThemedFrame>
  );
}
