import { Body1, Button, Caption1, Field, Link, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { CORE_QUESTIONS } from '../../domain/content/questions';
import type { ManagerDocument } from '../../domain/model/document';
import { TALK_GOAL_MAX, TALK_TREND_WINDOW } from '../../domain/trust/talk-share';
import { teamsTalkMeasured } from '../../i18n/catalogues/teams-talk-measured';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import type { ManagerDocumentPort } from '../../ports/graph-ports';
import type { TranscriptsPort } from '../../ports/transcripts';
import { useDateDisplay } from '../../ui/date-display';
import { useMeasuredTalk } from './use-measured-talk';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  details: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  prompts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export interface MeasuredTalkProps {
  locale: Locale;
  manager: { displayName: string; mail: string };
  report: { id: string; displayName: string; mail: string };
  /** The past 1:1s, newest first. */
  meetings: ReadonlyArray<{ iCalUId: string; start: string; end: string; joinUrl: string | null }>;
  transcripts: TranscriptsPort;
  saved: ManagerDocument;
  document: Pick<ManagerDocumentPort, 'update'>;
  onSaved: (doc: ManagerDocument) => void;
  selfEstimates: Readonly<Record<string, number>>;
}

const httpsOnly = (url: string | undefined) => (url && /^https:\/\//i.test(url) ? url : undefined);

/** Each 1:1's measured share beside the self-estimate, or why it has none; the trend and, when high, the four questions. */
export function MeasuredTalk(props: MeasuredTalkProps) {
  const styles = useStyles();
  const t = translator(teamsTalkMeasured, props.locale);
  const dates = useDateDisplay(props.locale);
  const { state, turnOn, retry } = useMeasuredTalk({
    enabled: props.saved.settings.measureTalk === true,
    reportId: props.report.id,
    pair: { manager: { name: props.manager.displayName, address: props.manager.mail }, report: { name: props.report.displayName, address: props.report.mail } },
    meetings: props.meetings.map((m) => ({ key: m.iCalUId, joinUrl: m.joinUrl, start: m.start, end: m.end })),
    saved: props.saved,
    document: props.document,
    transcripts: props.transcripts,
    onSaved: props.onSaved,
  });
  const figures = props.saved.reports[props.report.id]?.talkMeasured ?? {};
  const results = state.kind === 'done' ? state.results : [];
  const measured = props.meetings.flatMap((m) => (figures[m.iCalUId] ? [figures[m.iCalUId]!] : []));
  const recent = measured.slice(0, TALK_TREND_WINDOW);
  const average = recent.length ? Math.round(recent.reduce((sum, f) => sum + f.share, 0) / recent.length) : null;
  return (
    <section aria-labelledby="talk-measured-title" className={styles.section}>
      <Subtitle2 as="h3" id="talk-measured-title">
        {t('title')}
      </Subtitle2>
      {state.kind === 'off' && (
        <>
          <Body1>{t('offIntro')}</Body1>
          <div>
            <Button appearance="primary" onClick={turnOn}>
              {t('turnOn')}
            </Button>
          </div>
        </>
      )}
      {(state.kind === 'turningOn' || state.kind === 'measuring') && <Spinner size="small" label={t(state.kind)} />}
      {state.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{t('failed')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>{t('retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.kind !== 'off' && (
        <ul className={styles.list}>
          {props.meetings.map((m) => {
            const f = figures[m.iCalUId];
            const result = results.find((r) => r.key === m.iCalUId);
            const day = dates.weekdayDate(m.start);
            const estimate = props.selfEstimates[m.iCalUId];
            if (f) {
              return (
                <li key={m.iCalUId}>
                  <Field label={`${day} · ${t('measured', { share: f.share })}`} validationState="none">
                    <ProgressBar value={f.share} max={100} color={f.share > TALK_GOAL_MAX ? 'warning' : 'success'} />
                  </Field>
                  <div className={styles.details}>
                    {estimate !== undefined && <Caption1>{t('estimate', { share: estimate })}</Caption1>}
                    <Caption1>{t('reportShare', { name: props.report.displayName, share: f.reportShare })}</Caption1>
                    {f.otherShare > 0 && <Caption1>{t('otherShare', { share: f.otherShare })}</Caption1>}
                    {f.unknownShare > 0 && <Caption1>{t('unknownShare', { share: f.unknownShare })}</Caption1>}
                    <Caption1>{t('longest', { minutes: Math.floor(f.longestSeconds / 60), seconds: f.longestSeconds % 60 })}</Caption1>
                    <Caption1>{t('questions', { count: f.questions })}</Caption1>
                  </div>
                  {f.partial && <Caption1>{t('partial')}</Caption1>}
                </li>
              );
            }
            if (!result || result.kind === 'measured') return null;
            const url = result.kind === 'none' && result.reason === 'adminConsentRequired' ? httpsOnly(result.adminConsentUrl) : undefined;
            return (
              <li key={m.iCalUId}>
                <Body1>
                  {day} · {result.kind === 'none' ? t(result.reason) : t('failed')} {url && <Link href={url}>{url}</Link>}
                </Body1>
              </li>
            );
          })}
        </ul>
      )}
      {average !== null && <Body1 role="status">{t('trend', { count: recent.length, share: average, goal: TALK_GOAL_MAX })}</Body1>}
      {average !== null && average > TALK_GOAL_MAX && (
        <>
          <Body1>{t('reminder')}</Body1>
          <ol className={styles.prompts}>
            {CORE_QUESTIONS.map((q) => (
              <li key={q.id}>{q.text[props.locale]}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
