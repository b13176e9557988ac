import { Button, Caption1, Card, CardHeader, Checkbox, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CHECKLIST_ITEMS, PHASES, PRACTICES, type Phase } from '../../domain/content';
import type { ManagerDocument } from '../../domain/model/document';
import { common } from '../../i18n/catalogues/common';
import { teamsReport } from '../../i18n/catalogues/trust-checklist';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import type { ManagerDocumentPort } from '../../ports/graph-ports';
import { failureMessage } from '../../ui/area';
import { useDateDisplay } from '../../ui/date-display';
import { useChecklist } from './use-checklist';

const useStyles = makeStyles({
  phases: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: tokens.spacingHorizontalL },
  phase: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: 'none' },
  item: { display: 'flex', flexDirection: 'column' },
  practice: { color: tokens.colorNeutralForeground3, paddingInlineStart: tokens.spacingHorizontalXXL },
});

const PHASE_KEYS: Record<Phase, 'phaseBefore' | 'phaseDuring' | 'phaseAfter'> = { before: 'phaseBefore', during: 'phaseDuring', after: 'phaseAfter' };

export interface ChecklistPanelProps {
  locale: Locale;
  reportId: string;
  meeting: { iCalUId: string; start: string };
  saved: ManagerDocument | undefined;
  document: Pick<ManagerDocumentPort, 'update'>;
  onSaved: (doc: ManagerDocument) => void;
}

/** The before / during / after items of the seven practices for one meeting, ticked and kept in the document. */
export function ChecklistPanel(props: ChecklistPanelProps) {
  const styles = useStyles();
  const t = translator(teamsReport, props.locale);
  const c = translator(common, props.locale);
  const dates = useDateDisplay(props.locale);
  const checklist = useChecklist({ document: props.document, saved: props.saved, reportId: props.reportId, meetingId: props.meeting.iCalUId, onSaved: props.onSaved });
  const done = CHECKLIST_ITEMS.filter((item) => checklist.ticked.has(item.id)).length;
  const practiceTitle = (id: string) => PRACTICES.find((p) => p.id === id)?.title[props.locale] ?? id;
  return (
    <Card>
      <CardHeader header={<Subtitle2 as="h3">{t('checklistTitle', { date: dates.dateTime(props.meeting.start) })}</Subtitle2>} />
      <ProgressBar value={done} max={CHECKLIST_ITEMS.length} thickness="large" aria-label={t('checklistProgress', { done, total: CHECKLIST_ITEMS.length })} />
      <Text>{checklist.saving ? t('saving') : t('checklistProgress', { done, total: CHECKLIST_ITEMS.length })}</Text>
      {checklist.failed && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {t('saveFailed')} {failureMessage(checklist.failed.error, props.locale)}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={checklist.retry}>{c('retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.phases}>
        {PHASES.map((phase) => (
          <fieldset key={phase} className={styles.phase}>
            <legend>
              <Subtitle2 as="h4">{t(PHASE_KEYS[phase])}</Subtitle2>
            </legend>
            {CHECKLIST_ITEMS.filter((item) => item.phase === phase).map((item) => (
              <div key={item.id} className={styles.item}>
                <Checkbox
                  label={item.text[props.locale]}
                  checked={checklist.ticked.has(item.id)}
                  onChange={(_e, data) => checklist.toggle(item.id, data.checked === true)}
                />
                <Caption1 className={styles.practice}>{practiceTitle(item.practiceId)}</Caption1>
              </div>
            ))}
          </fieldset>
        ))}
      </div>
    </Card>
  );
}
