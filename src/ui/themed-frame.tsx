import type { ReactNode } from 'react';
import { FluentProvider, makeStyles, type Theme } from '@fluentui/react-components';
import { directionOf, type Locale } from '../i18n/locale';

const useFrameStyles = makeStyles({ root: { minHeight: '100vh' } });

// Styles made outside the provider would be computed for the wrong direction (Griffel reports a "different
// direction" class on the provider in Hebrew), so the frame's own styles live on a child inside it.
function FrameBody({ children }: { children: ReactNode }) {
  const styles = useFrameStyles();
  return <div className={styles.root}>{children}</div>;
}

/**
 * The frame with a theme object at hand: the host theme and the locale's direction handed to Fluent. AppFrame picks
 * the object by name; the Outlook pane loads it (loadFrameTheme), so its script does not carry all three themes.
 */
export function ThemedFrame({ locale, theme, children }: { locale: Locale; theme: Theme; children: ReactNode }) {
  return (
    <FluentProvider theme={theme} dir={directionOf(locale)} lang={locale}>
      <FrameBody>{children}</FrameBody>
    </FluentProvider>
  );
}
