import { useCallback, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { domBody, type OfficeSimulator } from '../office-stand-in';
import { formatRecipients, parseRecipients } from './seeded-meeting';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, minWidth: 0 },
  ribbon: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', paddingBlock: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  times: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  bodyLabel: { fontWeight: tokens.fontWeightSemibold },
  body: {
    minHeight: '320px',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowY: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** datetime-local wants local "YYYY-MM-DDTHH:mm". */
const toLocalInput = (date: Date) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/**
 * Outlook's appointment compose form, simulated: every field writes straight into the simulated item the Office
 * stand-in reads. The body is a contenteditable React never re-renders (its initial HTML is set once), so what the
 * user types and what the add-in prepends live side by side, as in Outlook.
 */
export function ComposeForm({ simulator, onInsertCommand }: { simulator: OfficeSimulator; onInsertCommand(): Promise<void> }) {
  const styles = useStyles();
  const { item } = simulator;
  const [subject, setSubject] = useState(item.subject);
  const [attendees, setAttendees] = useState(formatRecipients(item.requiredAttendees));
  const [start, setStart] = useState(toLocalInput(item.start));
  const [end, setEnd] = useState(toLocalInput(item.end));
  const [notice, setNotice] = useState<string | null>(null);

  const bindBody = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element || element.dataset.bound) return;
      element.dataset.bound = 'true';
      element.innerHTML = item.body.html();
      item.body = domBody(element);
    },
    [item],
  );

  const runCommand = async () => {
    await onInsertCommand();
    setNotice([...item.notifications.values()].at(-1)?.message ?? null);
  };

  return (
    <form className={styles.form} aria-label="New meeting" onSubmit={(e) => e.preventDefault()}>
      <div className={styles.ribbon} role="toolbar" aria-label="Meeting">
        <Button appearance="subtle" onClick={() => void runCommand()}>
          Insert 1:1 agenda
        </Button>
      </div>
      {notice && (
        <MessageBar intent="info" data-testid="item-notification">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Subject">
        <Input value={subject} onChange={(_, d) => ((item.subject = d.value), setSubject(d.value))} />
      </Field>
      <Field label="Required attendees">
        <Input value={attendees} onChange={(_, d) => ((item.requiredAttendees = parseRecipients(d.value)), setAttendees(d.value))} />
      </Field>
      <div className={styles.times}>
        <Field label="Start">
          <Input type="datetime-local" value={start} onChange={(_, d) => ((item.start = new Date(d.value)), setStart(d.value))} />
        </Field>
        <Field label="End">
          <Input type="datetime-local" value={end} onChange={(_, d) => ((item.end = new Date(d.value)), setEnd(d.value))} />
        </Field>
      </div>
      <span id="meeting-body-label" className={styles.bodyLabel}>
        Meeting body
      </span>
      <div
        ref={bindBody}
        className={styles.body}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-labelledby="meeting-body-label"
        data-testid="meeting-body"
      />
    </form>
  );
}
