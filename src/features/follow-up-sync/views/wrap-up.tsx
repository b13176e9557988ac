import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { CalendarEvent } from '../../../domain/model/calendar';
import type { Clock } from '../../../domain/model/clock';
import type { Person } from '../../../domain/model/people';
import { followUps as catalogue } from '../../../i18n/catalogues/follow-up-sync';
import type { Locale } from '../../../i18n/locale';
import { translator } from '../../../i18n/translate';
import { failureMessage } from '../../../ui/area';
import type { ReadNextSteps } from '../engine/collect';
import type { SessionStore } from './session';
import { useDateDisplay } from '../../../ui/date-display';
import { describeSummary, meetingDayLabel } from './summary';
import { useWrapUp, type WrapUpPorts } from './use-wrap-up';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  table: { borderCollapse: 'collapse', width: '100%' },
  head: { textAlign: 'start', paddingBlock: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  cell: { paddingBlock: tokens.spacingVerticalXS, paddingInlineEnd: tokens.spacingHorizontalS, verticalAlign: 'top' },
  what: { width: '100%' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
});

export interface WrapUpProps {
  ports: WrapUpPorts;
  event: CalendarEvent;
  manager: Person;
  report: Person;
  locale: Locale;
  timeZone: string;
  /** The parser bridge; a stable function (default: the domain's parser). */
  readNextSteps?: ReadNextSteps;
  clock?: Clock;
  storage?: SessionStore | null;
}

/**
 * The wrap-up of one 1:1 (Teams tab and Outlook pane): review, correct and add follow-ups (who, what, when), write
 * private notes (the manager's document only). Saving creates or updates the tasks, exactly once.
 */
export function WrapUp(props: WrapUpProps) {
  const { locale, manager, report } = props;
  const styles = useStyles();
  const t = translator(catalogue, locale);
  const dates = useDateDisplay(locale);
  const w = useWrapUp(props.ports, props);
  const title = t('wrapUpTitle', { name: report.displayName, day: meetingDayLabel(w.meeting, locale, dates) });
  if (!w.loaded) {
    return w.phase === 'error' && w.error ? (
      <MessageBar intent="error">
        <MessageBarBody>{failureMessage(w.error, locale)}</MessageBarBody>
      </MessageBar>
    ) : (
      <Spinner label={title} />
    );
  }
  const owners = [
    { id: report.id, name: report.displayName },
    { id: manager.id, name: manager.displayName },
  ];
  return (
    <form className={styles.root} aria-label={title} onSubmit={(e) => (e.preventDefault(), void w.save())}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      {w.unreadable.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Body1>{t('unreadableTitle', { name: report.displayName, day: meetingDayLabel(w.meeting, locale, dates) })}</Body1>
            <ul className={styles.list}>
              {w.unreadable.map((row, i) => (
                <li key={`${i}:${row.text}`}>
                  <bdi>{row.text}</bdi>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {w.rows.length === 0 ? (
        <Body1>{t('noFollowUps')}</Body1>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.head} scope="col">{t('who')}</th>
              <th className={styles.head} scope="col">{t('what')}</th>
              <th className={styles.head} scope="col">{t('byWhen')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {w.rows.map((row, index) => {
              const position = index + 1;
              return (
                <tr key={row.key}>
                  <td className={styles.cell}>
                    <Select aria-label={`${t('who')} ${position}`} value={row.ownerId} onChange={(_, data) => w.updateRow(row.key, { ownerId: data.value })}>
                      {owners.map((owner) => (
                        <option key={owner.id} value={owner.id}>{owner.name}</option>
                      ))}
                    </Select>
                  </td>
                  <td className={styles.cell}>
                    <Input className={styles.what} aria-label={`${t('what')} ${position}`} value={row.what} maxLength={255} onChange={(_, data) => w.updateRow(row.key, { what: data.value })} />
                  </td>
                  <td className={styles.cell}>
                    <Input type="date" aria-label={`${t('byWhen')} ${position}`} value={row.due} onChange={(_, data) => w.updateRow(row.key, { due: data.value })} />
                  </td>
                  <td className={styles.cell}>
                    <Button appearance="subtle" icon={<DeleteRegular />} aria-label={t('removeFollowUp', { position })} onClick={() => w.removeRow(row.key)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div>
        <Button icon={<AddRegular />} onClick={w.addRow}>{t('addFollowUp')}</Button>
      </div>
      <Field label={t('privateNotes')} hint={t('privateNotesHint')}>
        <Textarea value={w.notes} onChange={(_, data) => w.setNotes(data.value)} resize="vertical" />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={w.phase === 'saving'}>{t('save')}</Button>
        <div role="status" aria-live="polite">
          {w.phase === 'saving' && <Spinner size="tiny" label={t('saving')} />}
          {w.phase === 'saved' && <Body1>{t('saved')}</Body1>}
        </div>
      </div>
      {w.phase === 'error' && w.error && (
        <MessageBar intent="error">
          <MessageBarBody>{failureMessage(w.error, locale)}</MessageBarBody>
        </MessageBar>
      )}
      {w.summary &&
        describeSummary(w.summary, locale, undefined, dates).map((line) => (
          <MessageBar key={line.id} intent={line.tone}>
            <MessageBarBody>{line.text}</MessageBarBody>
          </MessageBar>
        ))}
    </form>
  );
}
