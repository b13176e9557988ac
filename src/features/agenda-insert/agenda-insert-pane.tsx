import { lazy, Suspense, useEffect } from 'react';
import { Button } from '@fluentui/react-components';
import { common } from '../../i18n/catalogues/common';
import { outlook } from '../../i18n/catalogues/outlook-task-pane';
import { directionOf, type Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { ProgressLine, StatusBar } from '../../ui/lazy-status';
import { AgendaChoicesForm } from './agenda-choices';
import { LazyConfirmInsertDialog } from './lazy-confirm-insert-dialog';
import { InsertStatus } from './insert-status';
import { displayNameOf, type MeetingFacts } from './meeting';
import { useAgendaInsert, type AgendaInsertDeps } from './use-agenda-insert';
import { useAgendaInsertStyles } from './use-agenda-insert-styles';

// "Open from last time" has nothing to show until the Graph side has started, after the first screen: its code
// (and Fluent's Text) loads then (docs/performance.md, "Task pane and commands: bytes and first render"). Should it
// not load, the pane goes on without it, as it does without Graph.
const CarryOverSection = lazy(() =>
  import(/* webpackChunkName: "carry-over-section", webpackPrefetch: true */ './carry-over-section').then(
    (m) => ({ default: m.CarryOverSection }),
    () => ({ default: () => null }),
  ),
);

function WhoLine({ locale, meeting }: { locale: Locale; meeting: MeetingFacts }) {
  const t = translator(outlook, locale);
  const styles = useAgendaInsertStyles();
  if (meeting.counterpart) return <span className={styles.who}>{t('withPerson', { name: displayNameOf(meeting.counterpart) })}</span>;
  const text = meeting.invitees.length === 0 ? t('noAttendees') : t('notOneOnOne', { count: meeting.invitees.length });
  return <StatusBar intent="info">{text}</StatusBar>;
}

interface AgendaInsertPaneProps {
  deps: AgendaInsertDeps;
  /** The pane's UI language. */
  locale: Locale;
  /**
   * Called once the meeting has been read (or could not be) and the pane shows it: the shell starts what can wait
   * (its Graph side) only then, so nothing competes with the agenda preview for the main thread.
   */
  onMeetingShown?(): void;
}

/** The task pane of the appointment organizer: choose, preview, insert. */
export function AgendaInsertPane({ deps, locale, onMeetingShown }: AgendaInsertPaneProps) {
  const model = useAgendaInsert(deps);
  const shown = model.meeting.status !== 'loading';
  useEffect(() => {
    if (shown) onMeetingShown?.();
  }, [shown, onMeetingShown]);
  const styles = useAgendaInsertStyles();
  const t = translator(outlook, locale);
  const { meeting, choices, agenda, insert } = model;
  const working = insert.status === 'checking' || insert.status === 'inserting';

  return (
    <main className={styles.pane} aria-labelledby="rapport-pane-title">
      <h1 id="rapport-pane-title" className={styles.title}>
        {t('paneTitle')}
      </h1>
      {meeting.status === 'loading' && <ProgressLine size="small" label={t('readingMeeting')} />}
      {meeting.status === 'failed' && (
        <StatusBar intent="error" role="alert" actions={<Button onClick={model.retryMeeting}>{translator(common, locale)('retry')}</Button>}>
          {t('meetingReadFailed')}
        </StatusBar>
      )}
      {meeting.status === 'ready' && (
        <>
          <WhoLine locale={locale} meeting={meeting.meeting} />
          <AgendaChoicesForm locale={locale} choices={choices} onChange={model.setChoices} />
          {model.carryOver.status !== 'idle' && (
            <Suspense fallback={null}>
              <CarryOverSection
                locale={locale}
                state={model.carryOver}
                personName={meeting.meeting.counterpart ? displayNameOf(meeting.meeting.counterpart) : ''}
              />
            </Suspense>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={working || !agenda} onClick={() => void model.requestInsert()}>
              {t('insert')}
            </Button>
          </div>
          <InsertStatus locale={locale} state={insert} />
          <section aria-labelledby="rapport-preview" className={styles.field}>
            <h2 id="rapport-preview" className={styles.sectionTitle}>
              {t('previewHeading')}
            </h2>
            {/* The renderer escapes every interpolated text and keeps only https/mailto links (docs/contracts.md §5). */}
            <div
              className={styles.preview}
              // A scrolling region must be reachable by keyboard to be read.
              tabIndex={0}
              role="region"
              aria-labelledby="rapport-preview"
              data-testid="agenda-preview"
              lang={choices.locale}
              dir={directionOf(choices.locale)}
              dangerouslySetInnerHTML={{ __html: agenda?.html ?? '' }}
            />
          </section>
          <LazyConfirmInsertDialog locale={locale} open={insert.status === 'confirming'} onConfirm={model.confirmInsert} onCancel={model.cancelInsert} />
        </>
      )}
    </main>
  );
}
