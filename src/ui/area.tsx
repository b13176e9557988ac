import { useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { common } from '../i18n/catalogues/common';
import type { Locale } from '../i18n/locale';
import { translator } from '../i18n/translate';

/** What a failed area needs to know about its error; RapportError and GraphServiceError fit this shape. */
export interface AreaFailure {
  kind?: string;
  code?: string;
  requestId?: string | null;
}

const useStyles = makeStyles({
  loading: { paddingBlock: tokens.spacingVerticalL },
  // The small spinner's height (Fluent's Spinner "small" is 24 px), so the place is held before it shows.
  waiting: { paddingBlock: tokens.spacingVerticalL, minHeight: '24px' },
});

/** Most areas load quicker than this; a spinner that flashes for a moment is noise (and work on a first screen). */
export const AREA_LOADING_SHOWN_AFTER_MS = 300;

/** A localised sentence for a failure, with a way forward (the retry button next to it). */
export function failureMessage(error: unknown, locale: Locale): string {
  const t = translator(common, locale);
  const failure = (typeof error === 'object' && error !== null ? error : {}) as AreaFailure;
  switch (failure.kind) {
    case 'network':
      return t('errorNetwork');
    case 'busy':
      return t('errorBusy');
    case 'auth-required':
    case 'consent-required':
      return t('errorAuth');
    case 'graph':
    case 'not-found':
    case 'conflict':
      return t('errorGraph', { code: failure.code ?? failure.kind, requestId: failure.requestId ?? '—' });
    default:
      return t('errorUnknown');
  }
}

/**
 * "Loading …" with a spinner, once the wait has lasted AREA_LOADING_SHOWN_AFTER_MS; until then an empty line holds its
 * place, so nothing moves when it shows.
 */
export function AreaLoading({ label }: { label: string }) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), AREA_LOADING_SHOWN_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return <div className={styles.waiting} aria-hidden="true" />;
  return <Spinner className={styles.loading} size="small" label={label} labelPosition="after" />;
}

/** An area that failed: the reason in words and a retry. The rest of the page keeps working. */
export function AreaError({ error, locale, onRetry }: { error: unknown; locale: Locale; onRetry: () => void }) {
  const t = translator(common, locale);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>{failureMessage(error, locale)}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onRetry}>
          {t('retry')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
