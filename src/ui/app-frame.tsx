import type { ReactNode } from 'react';
import type { Theme } from '@fluentui/react-components';
import type { Locale } from '../i18n/locale';
import type { FrameTheme } from './frame-theme';
// The themes' values in a build, not the code that computes them (tools/build/theme-values-loader.js).
import { teamsDarkTheme, teamsHighContrastTheme } from './frame-themes-other';
import { teamsLightTheme } from './host-theme-default';
import { ThemedFrame } from './themed-frame';

export { frameThemeOf, type FrameTheme } from './frame-theme';

const THEMES: Record<FrameTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** The root of every surface: the host theme and the locale's direction handed to Fluent. */
export function AppFrame({ locale, theme, children }: { locale: Locale; theme: FrameTheme; children: ReactNode }) {
  return (
    <ThemedFrame locale={locale} theme={THEMES[theme]}>
      {children}
    </ThemedFrame>
  );
}
