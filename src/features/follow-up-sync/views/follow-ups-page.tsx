import { Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { CalendarEvent } from '../../../domain/model/calendar';
import type { Clock } from '../../../domain/model/clock';
import type { Person, Team } from '../../../domain/model/people';
import { followUps as catalogue } from '../../../i18n/catalogues/follow-up-sync';
import type { Locale } from '../../../i18n/locale';
import { translator } from '../../../i18n/translate';
import { isRapportError, RapportError } from '../../../ports/errors';
import { failureMessage } from '../../../ui/area';
import { heldOneOnOnes, SYNC_WINDOW_DAYS } from '../engine/collect';
import { FollowUpSyncPanel } from './follow-up-sync-panel';
import { meetingDayLabel } from './summary';
import { useDateDisplay } from '../../../ui/date-display';
import type { FollowUpSyncState } from '../engine/types';
import type { FollowUpSyncPorts } from './use-follow-up-sync';
import { WrapUp } from './wrap-up';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
});

interface Recent {
  team: Team;
  meetings: Array<{ event: CalendarEvent; report: Person }>;
}

/**
 * The follow-ups page of the tab: the sync's summary and action, and the recent 1:1s, each with its wrap-up.
 * The sync itself runs from the tab's root (it starts when the tab opens, whatever page is shown).
 */
export function FollowUpsPage(props: {
  ports: FollowUpSyncPorts;
  sync: { state: FollowUpSyncState; syncNow: () => Promise<void> };
  locale: Locale;
  timeZone: string;
  clock: Clock;
}) {
  const { ports, sync, locale, timeZone, clock } = props;
  const styles = useStyles();
  const t = translator(catalogue, locale);
  const dates = useDateDisplay(locale);
  const [recent, setRecent] = useState<Recent | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [failure, setFailure] = useState<RapportError | null>(null);

  useEffect(() => {
    let live = true;
    const now = clock.now();
    const start = new Date(now.getTime() - SYNC_WINDOW_DAYS * 86_400_000).toISOString();
    Promise.all([ports.directory.team(), ports.document.read(), ports.calendar.listEvents({ start, end: now.toISOString() })])
      .then(([team, doc, events]) => live && setRecent({ team, meetings: heldOneOnOnes(events, team, doc, now).reverse() }))
      .catch((error: unknown) => live && setFailure(isRapportError(error) ? error : new RapportError('graph', String(error))));
    return () => {
      live = false;
    };
  }, [ports, clock]);

  const chosen = recent?.meetings.find((m) => m.event.iCalUId === open);
  if (recent && chosen) {
    return (
      <div className={styles.root}>
        <div>
          <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => setOpen(null)}>
            {t('backToFollowUps')}
          </Button>
        </div>
        <WrapUp ports={ports} event={chosen.event} manager={recent.team.manager} report={chosen.report} locale={locale} timeZone={timeZone} clock={clock} />
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <FollowUpSyncPanel state={sync.state} onSync={() => void sync.syncNow()} locale={locale} onOpenWrapUp={(meeting) => setOpen(meeting.iCalUId)} />
      <section aria-labelledby="recent-one-on-ones">
        <Subtitle2 as="h2" id="recent-one-on-ones">
          {t('recentHeading')}
        </Subtitle2>
        {failure ? (
          <MessageBar intent="error">
            <MessageBarBody>{failureMessage(failure, locale)}</MessageBarBody>
          </MessageBar>
        ) : !recent ? (
          <Spinner size="tiny" />
        ) : recent.meetings.length === 0 ? (
          <Body1>{t('noRecent')}</Body1>
        ) : (
          <ul className={styles.list}>
            {recent.meetings.map(({ event, report }) => {
              const day = meetingDayLabel({ start: event.start, timeZone: event.timeZone ?? timeZone }, locale, dates);
              return (
                <li key={event.iCalUId} className={styles.item}>
                  <Body1>
                    {report.displayName} · {day}
                  </Body1>
                  <Button aria-label={t('wrapUpActionFor', { name: report.displayName, day })} onClick={() => setOpen(event.iCalUId)}>
                    {t('wrapUpAction')}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
