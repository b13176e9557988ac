import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../i18n/locale';
import { failureMessage } from './area';

/** Where one save of the manager's document stands; a failed save keeps what the user entered. */
export type SaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: unknown };

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

export interface SaveActionsProps {
  status: SaveStatus;
  locale: Locale;
  /** The page's own words: the button, the progress, the confirmation and the lead-in to the failure reason. */
  labels: { action: string; busy: string; done: string; failed: string };
  /** Extra reasons to disable the button (it is always disabled while saving). */
  disabled?: boolean;
  /** Without it the button submits the surrounding form. */
  onAction?: () => void;
}

/** A failed save's reason, then the save button with its progress and confirmation. */
export function SaveActions({ status, locale, labels, disabled = false, onAction }: SaveActionsProps) {
  const styles = useStyles();
  return (
    <>
      {status.kind === 'failed' && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {labels.failed} {failureMessage(status.error, locale)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type={onAction ? 'button' : 'submit'} appearance="primary" onClick={onAction} disabled={status.kind === 'saving' || disabled}>
          {labels.action}
        </Button>
        {status.kind === 'saving' && <Spinner size="tiny" label={labels.busy} />}
        {status.kind === 'saved' && <span role="status">{labels.done}</span>}
      </div>
    </>
  );
}
