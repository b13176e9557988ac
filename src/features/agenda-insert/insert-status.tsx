import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { outlook } from '../../i18n/catalogues/outlook-task-pane';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { insertErrorMessage } from './office-error-message';
import type { InsertState } from './use-agenda-insert';

/** The outcome of "Insert agenda", announced to screen readers (MessageBar is a live region). */
export function InsertStatus({ locale, state }: { locale: Locale; state: InsertState }) {
  const t = translator(outlook, locale);
  switch (state.status) {
    case 'checking':
    case 'inserting':
      return <Spinner size="tiny" labelPosition="after" label={t('inserting')} />;
    case 'inserted':
      return (
        <MessageBar intent={state.remembered ? 'success' : 'warning'} layout="multiline">
          <MessageBarBody>{state.remembered ? t('inserted') : `${t('inserted')} ${t('rememberFailed')}`}</MessageBarBody>
        </MessageBar>
      );
    case 'failed': {
      const { key, code } = insertErrorMessage(state.error);
      return (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{t(key, { code })}</MessageBarBody>
        </MessageBar>
      );
    }
    default:
      return null;
  }
}
