import { outlook } from '../../i18n/catalogues/outlook-task-pane';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { ProgressLine, StatusBar } from '../../ui/lazy-status';
import { insertErrorMessage } from './office-error-message';
import type { InsertState } from './use-agenda-insert';

/** The outcome of "Insert agenda", announced to screen readers (MessageBar is a live region). */
export function InsertStatus({ locale, state }: { locale: Locale; state: InsertState }) {
  const t = translator(outlook, locale);
  switch (state.status) {
    case 'checking':
    case 'inserting':
      return <ProgressLine label={t('inserting')} />;
    case 'inserted':
      return (
        <StatusBar intent={state.remembered ? 'success' : 'warning'}>{state.remembered ? t('inserted') : `${t('inserted')} ${t('rememberFailed')}`}</StatusBar>
      );
    case 'failed': {
      const { key, code } = insertErrorMessage(state.error);
      return (
        <StatusBar intent="error" role="alert">
          {t(key, { code })}
        </StatusBar>
      );
    }
    default:
      return null;
  }
}
