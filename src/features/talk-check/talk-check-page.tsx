import { Body1, Card, CardHeader, Field, ProgressBar, Select, Slider, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { checklistItemsFor, practiceById } from '../../domain/content';
import type { ManagerDocument } from '../../domain/model/document';
import { TALK_GOAL_MAX, TALK_TREND_WINDOW, recentAverage, talkTrend, talkTrendOff } from '../../domain/trust/talk-share';
import { teamsTalk } from '../../i18n/catalogues/talk-check';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import type { ManagerDocumentPort } from '../../ports/graph-ports';
import { SaveActions } from '../../ui/save-actions';
import { useDateDisplay } from '../../ui/date-display';
import { MeasuredTalk, type MeasuredTalkProps } from './measured-talk';
import { useTalkShare } from './use-talk-share';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '48rem' },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  prompts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export interface TalkCheckPageProps {
  locale: Locale;
  report: { id: string; displayName: string };
  /** The past 1:1s that took place, newest first. */
  meetings: ReadonlyArray<{ iCalUId: string; start: string }>;
  saved: ManagerDocument;
  document: Pick<ManagerDocumentPort, 'update'>;
  onSaved: (doc: ManagerDocument) => void;
  /** Measuring from Teams transcripts; absent where Rapport has no transcripts port (the page keeps the self-check only). */
  measured?: Pick<MeasuredTalkProps, 'manager' | 'report' | 'meetings' | 'transcripts'>;
}

/** After each 1:1, how much the manager talked; the trend against the goal that the report talks most. */
export function TalkCheckPage(props: TalkCheckPageProps) {
  const styles = useStyles();
  const t = translator(teamsTalk, props.locale);
  const dates = useDateDisplay(props.locale);
  const shares = props.saved.reports[props.report.id]?.talkShare ?? {};
  const firstOpen = props.meetings.find((m) => shares[m.iCalUId] === undefined) ?? props.meetings[0];
  const [meetingId, setMeetingId] = useState(firstOpen?.iCalUId ?? '');
  const [share, setShare] = useState(shares[meetingId] ?? 50);
  const { save, status, reset } = useTalkShare({ document: props.document, reportId: props.report.id, onSaved: props.onSaved });
  const points = talkTrend(shares, props.meetings);
  const average = recentAverage(points);
  const practice = practiceById('P2');
  if (props.meetings.length === 0) return <Body1>{t('noMeetings', { name: props.report.displayName })}</Body1>;
  return (
    <div className={styles.page}>
      <Subtitle1 as="h2">{t('title', { name: props.report.displayName })}</Subtitle1>
      <Body1>{t('intro')}</Body1>
      <Field label={t('meeting')}>
        <Select
          value={meetingId}
          onChange={(_e, data) => {
            setMeetingId(data.value);
            setShare(shares[data.value] ?? 50);
            reset();
          }}
        >
          {props.meetings.map((m) => (
            <option key={m.iCalUId} value={m.iCalUId}>
              {dates.weekdayDate(m.start)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('share', { share })}>
        <Slider min={0} max={100} step={5} value={share} onChange={(_e, data) => setShare(data.value)} />
      </Field>
      <SaveActions
        status={status}
        locale={props.locale}
        disabled={!meetingId}
        onAction={() => save(meetingId, share)}
        labels={{ action: t('save'), busy: t('saving'), done: t('saved'), failed: t('saveFailed') }}
      />
      <section aria-labelledby="talk-trend-title" className={styles.section}>
        <Subtitle2 as="h3" id="talk-trend-title">
          {t('trendTitle')}
        </Subtitle2>
        {points.length === 0 ? (
          <Body1>{t('noEstimates')}</Body1>
        ) : (
          <ul className={styles.list}>
            {[...points].reverse().map((point) => (
              <li key={point.meetingId}>
                <Field label={`${dates.weekdayDate(point.start)} · ${t('shareOfTime', { share: point.share })}`} validationState="none">
                  <ProgressBar value={point.share} max={100} color={point.share > TALK_GOAL_MAX ? 'warning' : 'success'} />
                </Field>
              </li>
            ))}
          </ul>
        )}
        {average !== null && <Body1 role="status">{t('average', { count: Math.min(points.length, TALK_TREND_WINDOW), share: average, goal: TALK_GOAL_MAX })}</Body1>}
      </section>
      {average !== null &&
        (talkTrendOff(points) && practice ? (
          <Card>
            <CardHeader header={<Subtitle2 as="h3">{t('offTitle', { practice: practice.title[props.locale] })}</Subtitle2>} />
            <Body1>{practice.guidance[props.locale]}</Body1>
            <ul className={styles.prompts}>
              {checklistItemsFor('P2', 'during').map((item) => (
                <li key={item.id}>{item.text[props.locale]}</li>
              ))}
            </ul>
          </Card>
        ) : (
          <Body1>{t('onTrack')}</Body1>
        ))}
      {props.measured && <MeasuredTalk {...props.measured} locale={props.locale} saved={props.saved} document={props.document} onSaved={props.onSaved} selfEstimates={shares} />}
    </div>
  );
}
