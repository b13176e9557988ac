import { Title3, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { GraphAdapters } from '../../adapters/graph';
import type { Clock } from '../../domain/model/clock';
import { common } from '../../i18n/catalogues/common';
import { teamsShell } from '../../i18n/catalogues/teams-tab';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { ThemedFrame } from '../../ui/themed-frame';
import { AreaError, AreaLoading } from '../../ui/area';
import { SignInError } from '../../ports/errors';
import { chooseLocale, type PagePreferences } from './preferences';
import { TeamsTab } from './tab-pages';
import { useFrameTheme } from './use-frame-theme';
import { useHostFrame } from './use-host-frame';
import { useServices } from './use-services';

/** Only a tenant build that cannot sign in silently shows it: its catalogue and MessageBar load when needed. */
const SignInNotice = lazy(() => import('../common/sign-in-notice').then((m) => ({ default: m.SignInNotice })));

const useStyles = makeStyles({
  header: { paddingInline: tokens.spacingHorizontalL, paddingBlockStart: tokens.spacingVerticalM },
  status: { padding: tokens.spacingHorizontalL },
});

/**
 * The tab's first paint: the frame and a loading state render before anything is awaited; the host's theme and
 * language, the configuration and the team's data arrive afterwards, each on its own. `services` is the Graph
 * adapters' first attempt when the entry has started it already (a retry starts a new one), and `servicesValue` its
 * value when it has already arrived.
 */
export function TeamsTabRoot(props: { preferences: PagePreferences; clock: Clock; services?: Promise<GraphAdapters>; servicesValue?: GraphAdapters }) {
  const { preferences, clock } = props;
  const styles = useStyles();
  const { services, retry, signIn } = useServices(preferences.as, props.services, props.servicesValue);
  const [firstScreenShown, setFirstScreenShown] = useState(false);
  const host = useHostFrame(preferences, firstScreenShown || services.status === 'error');
  const [languageSetting, setLanguageSetting] = useState<Locale | null>(null);
  const locale = chooseLocale({ override: preferences.lang, setting: languageSetting, host: host.hostLocale, browser: globalThis.navigator?.language });
  const t = translator(teamsShell, locale);
  const theme = useFrameTheme(host.theme);
  return (
    <ThemedFrame locale={locale} theme={theme}>
      <header className={styles.header}>
        <Title3 as="h1">{translator(common, locale)('appName')}</Title3>
      </header>
      {services.status === 'loading' && (
        <div className={styles.status}>
          <AreaLoading label={t('loadingTab')} />
        </div>
      )}
      {services.status === 'error' && (
        <div className={styles.status}>
          {services.error instanceof SignInError ? (
            <Suspense fallback={<AreaLoading label={t('loadingTab')} />}>
              <SignInNotice error={services.error} locale={locale} onSignIn={signIn} onRetry={retry} />
            </Suspense>
          ) : (
            <AreaError error={services.error} locale={locale} onRetry={retry} />
          )}
        </div>
      )}
      {services.status === 'ready' && <TeamsTab services={services.value} clock={clock} locale={locale} onLanguageSetting={setLanguageSetting} onFirstScreen={setFirstScreenShown} />}
    </ThemedFrame>
  );
}
