import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixedClock } from '../../../../src/domain/model/clock';
import { WrapUp } from '../../../../src/features/follow-up-sync/views/wrap-up';
import { AppFrame } from '../../../../src/ui/app-frame';
import { dana, manager, nextStepsBody, oneOnOneEvent } from './builders';
import { FakeCalendar, FakeDocument, FakeTasks } from './fake-ports';

const clock = fixedClock('2026-11-20T12:00:00Z');

function setup() {
  const event = oneOnOneEvent(dana, '2026-11-17');
  const calendar = new FakeCalendar([event], { [event.id]: nextStepsBody(['Dana', 'Send the forecast', '2026-11-20'], ['We', 'Plan the training', '']) });
  const tasks = new FakeTasks();
  const document = new FakeDocument();
  render(
    <AppFrame locale="en" theme="default">
      <WrapUp ports={{ calendar, tasks, document }} event={event} manager={manager} report={dana} locale="en" timeZone="Europe/Stockholm" clock={clock} storage={null} />
    </AppFrame>,
  );
  return { event, tasks, document };
}

describe('WrapUp', () => {
  it('shows the rows read from the notes and lists the one it could not read', async () => {
    setup();
    expect(await screen.findByRole('textbox', { name: 'What 1' })).toHaveValue('Send the forecast');
    expect(screen.getByRole('combobox', { name: 'Who 1' })).toHaveValue(dana.id);
    expect(screen.getByLabelText('By when 1')).toHaveValue('2026-11-20');
    expect(screen.getByText(/Plan the training/)).toBeInTheDocument();
  });

  it('saves corrections, an added follow-up and private notes: tasks once, notes only in the document', async () => {
    const user = userEvent.setup();
    const { event, tasks, document } = setup();
    await screen.findByRole('textbox', { name: 'What 1' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Who 1' }), manager.id);
    await user.click(screen.getByRole('button', { name: 'Add a follow-up' }));
    await user.click(screen.getByRole('textbox', { name: 'What 2' }));
    await user.paste('Plan the training together');
    await user.click(screen.getByRole('textbox', { name: 'Private notes' }));
    await user.paste('Seemed tired; ask about workload');
    await user.click(screen.getByRole('button', { name: 'Save and update tasks' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(screen.getByText(/2 follow-ups created from your 1:1 with Dana Levi/)).toBeInTheDocument();
    const created = [...tasks.tasks.values()].map((t) => [t.title, t.assigneeIds[0], t.isPromise]);
    expect(created).toEqual([
      ['Send the forecast', manager.id, true],
      ['Plan the training together', dana.id, false],
    ]);
    expect(document.doc.reports[dana.id]?.notes[event.iCalUId]).toBe('Seemed tired; ask about workload');
    expect([...tasks.descriptions.values()].join('\n')).not.toContain('workload');

    await user.click(screen.getByRole('button', { name: 'Remove follow-up 2' }));
    await user.click(screen.getByRole('button', { name: 'Save and update tasks' }));
    expect(await screen.findByText(/“Plan the training together” is no longer in the notes/)).toBeInTheDocument();
    expect(tasks.tasks.size).toBe(2);
  }, 20_000);
});
