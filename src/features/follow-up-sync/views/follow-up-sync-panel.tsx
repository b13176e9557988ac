import { Body1, Button, Link, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { followUps as catalogue } from '../../../i18n/catalogues/follow-up-sync';
import type { Locale } from '../../../i18n/locale';
import { translator } from '../../../i18n/translate';
import { failureMessage } from '../../../ui/area';
import { useDateDisplay } from '../../../ui/date-display';
import { describeSummary, type SummaryLine } from './summary';
import type { FollowUpSyncState, MeetingRef } from '../engine/types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  lines: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  rows: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  reason: { color: tokens.colorNeutralForeground3 },
});

const INTENT = { success: 'success', info: 'info', warning: 'warning' } as const;

function Line({ line, locale, onOpenWrapUp }: { line: SummaryLine; locale: Locale; onOpenWrapUp?: (meeting: MeetingRef) => void }) {
  const styles = useStyles();
  const t = translator(catalogue, locale);
  return (
    <MessageBar intent={INTENT[line.tone]} layout="multiline">
      <MessageBarBody>
        <Body1>{line.text}</Body1>
        {line.links.length > 0 && (
          <ul className={styles.links}>
            {line.links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} target="_blank" rel="noopener noreferrer">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {line.rows.length > 0 && (
          <>
            <ul className={styles.rows}>
              {line.rows.map((row, i) => (
                <li key={`${i}:${row.text}`}>
                  <bdi>{row.text}</bdi> <span className={styles.reason}>({row.reason})</span>
                </li>
              ))}
            </ul>
            <Body1>{t('unreadableHint')}</Body1>{' '}
            {line.meeting && onOpenWrapUp && (
              <Link as="button" onClick={() => line.meeting && onOpenWrapUp(line.meeting)}>
                {t('openWrapUp')}
              </Link>
            )}
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The sync's state in words, its summary, and the "Sync follow-ups" action (the approval in "ask me first"). */
export function FollowUpSyncPanel({
  state,
  onSync,
  locale,
  onOpenWrapUp,
}: {
  state: FollowUpSyncState;
  onSync: () => void;
  locale: Locale;
  onOpenWrapUp?: (meeting: MeetingRef) => void;
}) {
  const styles = useStyles();
  const t = translator(catalogue, locale);
  const dates = useDateDisplay(locale);
  const working = state.phase === 'working';
  return (
    <section className={styles.root} aria-labelledby="follow-up-sync-heading" aria-busy={working}>
      <div className={styles.header}>
        <Subtitle2 as="h2" id="follow-up-sync-heading">
          {t('heading')}
        </Subtitle2>
        <Button icon={<ArrowSyncRegular />} onClick={onSync} disabled={working}>
          {state.phase === 'awaiting-approval' ? t('createTasks') : t('syncAction')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {working && <Spinner size="tiny" label={t('syncing')} />}
        {state.phase === 'awaiting-approval' && (
          <MessageBar intent="info">
            <MessageBarBody>{t('askFirst', { count: state.count })}</MessageBarBody>
          </MessageBar>
        )}
        {state.phase === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>{failureMessage(state.error, locale)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.phase === 'done' && (
        <ul className={styles.lines} aria-label={t('heading')}>
          {describeSummary(state.summary, locale, undefined, dates).map((line) => (
            <li key={line.id}>
              <Line line={line} locale={locale} onOpenWrapUp={onOpenWrapUp} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
