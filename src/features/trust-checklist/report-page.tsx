import { Body1, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ManagerDocument } from '../../domain/model/document';
import { teamsReport } from '../../i18n/catalogues/trust-checklist';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import type { ManagerDocumentPort } from '../../ports/graph-ports';
import { AreaError, AreaLoading } from '../../ui/area';
import { ChecklistPanel } from './checklist-panel';
import { HistoryTable, type HistoryEntry } from './history-table';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ReportPageProps {
  locale: Locale;
  report: { id: string; displayName: string };
  next: { iCalUId: string; start: string } | null;
  history: HistoryEntry[];
  document: {
    saved: ManagerDocument | undefined;
    failure: unknown;
    port: Pick<ManagerDocumentPort, 'update'>;
    onSaved: (doc: ManagerDocument) => void;
  };
  onRetry: () => void;
  /** The last wrap-up and its follow-ups, composed by the shell from the follow-ups feature. */
  wrapUp?: ReactNode;
}

/** One report's page: the checklist of the next 1:1, the 1:1s of the last 12 weeks, the last wrap-up. */
export function ReportPage(props: ReportPageProps) {
  const styles = useStyles();
  const t = translator(teamsReport, props.locale);
  const { document } = props;
  return (
    <div className={styles.page}>
      <Subtitle1 as="h2">{props.report.displayName}</Subtitle1>
      {document.failure !== undefined ? (
        <AreaError error={document.failure} locale={props.locale} onRetry={props.onRetry} />
      ) : !props.next ? (
        <Body1>{t('checklistNoMeeting', { name: props.report.displayName })}</Body1>
      ) : document.saved === undefined ? (
        <AreaLoading label={t('documentLoading')} />
      ) : (
        <ChecklistPanel
          locale={props.locale}
          reportId={props.report.id}
          meeting={props.next}
          saved={document.saved}
          document={document.port}
          onSaved={document.onSaved}
        />
      )}
      <HistoryTable locale={props.locale} name={props.report.displayName} entries={props.history} />
      {props.wrapUp && (
        <section className={styles.section} aria-labelledby="wrapup-title">
          <Subtitle2 as="h3" id="wrapup-title">
            {t('wrapUpTitle')}
          </Subtitle2>
          {props.wrapUp}
        </section>
      )}
    </div>
  );
}
