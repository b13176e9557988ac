import { Badge, Body1, Button, Caption1, Card, CardHeader, Field, Input, MessageBar, MessageBarBody, Spinner, Subtitle1, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { REPAIR_STEPS } from '../../domain/content';
import type { Clock } from '../../domain/model/clock';
import type { ManagerDocument } from '../../domain/model/document';
import type { Person } from '../../domain/model/people';
import type { PairPlan, PlannerTask } from '../../domain/model/tasks';
import { teamsRepair } from '../../i18n/catalogues/repair-plan';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import { failureMessage } from '../../ui/area';
import { useDateDisplay } from '../../ui/date-display';
import { commitmentsOf, type CommitmentStatus } from './commitment-status';
import { useRepairPlan, type RepairMeeting, type RepairPorts } from './use-repair-plan';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '52rem' },
  steps: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const STATUS: Record<CommitmentStatus, { key: 'statusKept' | 'statusLate' | 'statusOpen' | 'statusOverdue' | 'statusUnknown'; color: 'success' | 'warning' | 'informative' | 'danger' | 'subtle' }> = {
  kept: { key: 'statusKept', color: 'success' },
  late: { key: 'statusLate', color: 'warning' },
  open: { key: 'statusOpen', color: 'informative' },
  overdue: { key: 'statusOverdue', color: 'danger' },
  unknown: { key: 'statusUnknown', color: 'subtle' },
};

export interface RepairPageProps {
  locale: Locale;
  clock: Clock;
  /** The manager's IANA zone: a plan starts on the manager's day, not UTC's. */
  timeZone: string;
  manager: Person;
  report: Person;
  pair: PairPlan | undefined;
  tasks: readonly PlannerTask[];
  next: RepairMeeting | null;
  saved: ManagerDocument;
  ports: RepairPorts;
  onSaved: (doc: ManagerDocument) => void;
  onTasksChanged: () => void;
}

/** The four repair steps for one report: reflections (private), the repair agenda, commitments as promises, proof. */
export function RepairPage(props: RepairPageProps) {
  const styles = useStyles();
  const t = translator(teamsRepair, props.locale);
  // Calendar days (YYYY-MM-DD) are shown as days, at noon UTC: never the day before west of Greenwich (the clock matrix).
  const dates = useDateDisplay(props.locale);
  const plan = useRepairPlan(props);
  const repair = props.saved.reports[props.report.id]?.repair ?? null;
  const [reflections, setReflections] = useState(repair?.reflections ?? '');
  const [commitment, setCommitment] = useState('');
  const commitments = commitmentsOf(props.saved, props.report.id, props.tasks, props.clock.now());
  const kept = commitments.filter((c) => c.status === 'kept' || c.status === 'late').length;
  const [r1, r2, r3, r4] = REPAIR_STEPS;
  const step = (item: typeof r1, number: number, body?: ReactNode) =>
    item && (
      <li key={item.id}>
        <Card>
          <CardHeader header={<Subtitle2 as="h3">{`${t('stepLabel', { number })} · ${item.title[props.locale]}`}</Subtitle2>} />
          <Body1>{item.guidance[props.locale]}</Body1>
          {body}
        </Card>
      </li>
    );
  return (
    <div className={styles.page}>
      <Subtitle1 as="h2">{t('title', { name: props.report.displayName })}</Subtitle1>
      <Body1>{t('intro')}</Body1>
      {plan.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{failureMessage(plan.error, props.locale)}</MessageBarBody>
        </MessageBar>
      )}
      {plan.busy && <Spinner size="tiny" label={t('working')} />}
      {!repair ? (
        <div>
          <Button appearance="primary" onClick={plan.start} disabled={plan.busy !== null}>
            {t('start')}
          </Button>
        </div>
      ) : (
        <>
          <Caption1>{t('startedOn', { date: dates.calendarDay(repair.startedOn) })}</Caption1>
          <ol className={styles.steps}>
            {step(
              r1,
              1,
              <div className={styles.column}>
                <Field label={t('reflections')} hint={t('reflectionsHint')}>
                  <Textarea value={reflections} onChange={(_e, data) => setReflections(data.value)} resize="vertical" />
                </Field>
                <div>
                  <Button onClick={() => plan.saveReflections(reflections)} disabled={plan.busy !== null}>
                    {t('saveReflections')}
                  </Button>
                </div>
              </div>,
            )}
            {step(
              r2,
              2,
              <div className={styles.row}>
                {props.next ? (
                  <Button onClick={() => plan.insertAgenda(commitments.flatMap((c) => (c.title ? [c.title] : [])))} disabled={plan.busy !== null}>
                    {t('insertAgenda')}
                  </Button>
                ) : (
                  <Body1>{t('noNextMeeting')}</Body1>
                )}
                {plan.agendaInserted && props.next && (
                  <MessageBar intent="success">
                    <MessageBarBody>{t('agendaInserted', { date: dates.calendarDay(props.next.start) })}</MessageBarBody>
                  </MessageBar>
                )}
              </div>,
            )}
            {step(
              r3,
              3,
              <form
                className={styles.row}
                onSubmit={(e) => {
                  e.preventDefault();
                  void plan.commit(commitment).then(() => setCommitment(''));
                }}
              >
                <Field label={t('commitLabel')} hint={t('commitHint', { name: props.report.displayName })} className={styles.grow}>
                  <Input value={commitment} onChange={(_e, data) => setCommitment(data.value)} maxLength={255} />
                </Field>
                <Button type="submit" appearance="primary" disabled={plan.busy !== null || !commitment.trim()}>
                  {t('commit')}
                </Button>
              </form>,
            )}
            {step(
              r4,
              4,
              <section aria-label={t('commitmentsTitle')} className={styles.column}>
                <Subtitle2 as="h4">{t('commitmentsTitle')}</Subtitle2>
                {commitments.length === 0 ? (
                  <Body1>{t('noCommitments')}</Body1>
                ) : (
                  <>
                    <Body1>{t('keptSummary', { kept, total: commitments.length })}</Body1>
                    <ul className={styles.list}>
                      {commitments.map((c) => (
                        <li key={c.hash}>
                          <bdi>{c.title ?? '—'}</bdi>{' '}
                          <Badge appearance="tint" color={STATUS[c.status].color}>
                            {t(STATUS[c.status].key)}
                          </Badge>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </section>,
            )}
          </ol>
        </>
      )}
    </div>
  );
}
