import type { ReactNode } from 'react';
import { FluentProvider, makeStyles, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';
import { directionOf, type Locale } from '../i18n/locale';

export type FrameTheme = 'default' | 'dark' | 'contrast';

const THEMES: Record<FrameTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Any unknown theme name (Teams has sent "glass") falls back to the default theme. */
export const frameThemeOf = (name: string | null | undefined): FrameTheme =>
  name === 'dark' || name === 'contrast' ? name : 'default';

const useFrameStyles = makeStyles({ root: { minHeight: '100vh' } });

// Styles made outside the provider would be computed for the wrong direction (Griffel reports a "different
// direction" class on the provider in Hebrew), so the frame's own styles live on a child inside it.
function FrameBody({ children }: { children: ReactNode }) {
  const styles = useFrameStyles();
  return <div className={styles.root}>{children}</div>;
}

/** The root of every surface: the host theme and the locale's direction handed to Fluent. */
export function AppFrame({ locale, theme, children }: { locale: Locale; theme: FrameTheme; children: ReactNode }) {
  return (
    <FluentProvider theme={THEMES[theme]} dir={directionOf(locale)} lang={locale}>
      <FrameBody>{children}</FrameBody>
    </FluentProvider>
  );
}
