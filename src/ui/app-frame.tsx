import type { ReactNode } from 'react';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import type { Locale } from '../i18n/locale';
import type { FrameTheme } from './frame-theme';
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
