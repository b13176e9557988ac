import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixedClock } from '../../../../src/domain/model/clock';
import { FollowUpSyncPanel } from '../../../../src/features/follow-up-sync/views/follow-up-sync-panel';
import { readNextStepsFromBody } from '../../../../src/features/follow-up-sync/engine/reading';
import type { SessionStore } from '../../../../src/features/follow-up-sync/views/session';
import { useFollowUpSync, type FollowUpSyncPorts } from '../../../../src/features/follow-up-sync/views/use-follow-up-sync';
import { AppFrame } from '../../../../src/ui/app-frame';
import { dana, erik, manager, nextStepsBody, oneOnOneEvent } from './builders';
import { FakeCalendar, FakeDocument, FakeTasks, fakeDirectory } from './fake-ports';

const clock = fixedClock('2026-11-20T12:00:00Z');

function Harness({ ports, storage }: { ports: FollowUpSyncPorts; storage: SessionStore }) {
  const { state, syncNow } = useFollowUpSync(ports, { readNextSteps: readNextStepsFromBody, timeZone: 'Europe/Stockholm', clock, storage });
  return (
    <AppFrame locale="en" theme="default">
      <FollowUpSyncPanel state={state} onSync={() => void syncNow()} locale="en" />
    </AppFrame>
  );
}

const memoryStore = (): SessionStore => {
  const values = new Map<string, string>();
  return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v) };
};

function world() {
  const event = oneOnOneEvent(dana, '2026-11-17');
  const calendar = new FakeCalendar([event], { [event.id]: nextStepsBody(['Dana', 'Send the forecast', '2026-11-20'], ['I', 'Check the budget', '']) });
  const tasks = new FakeTasks();
  const document = new FakeDocument();
  const ports: FollowUpSyncPorts = { calendar, directory: fakeDirectory({ manager, reports: [dana, erik] }), tasks, document };
  return { ports, tasks, document, calendar };
}

describe('useFollowUpSync with the panel', () => {
  it('syncs in the background after the first render and says what it created', async () => {
    const { ports, tasks } = world();
    render(<Harness ports={ports} storage={memoryStore()} />);
    expect(await screen.findByText(/2 follow-ups created from your 1:1 with Dana Levi/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Send the forecast' })).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    expect(tasks.tasks.size).toBe(2);
  });

  it('runs automatically at most once every few minutes in a tab; the action syncs at once', async () => {
    const { ports, calendar } = world();
    const storage = memoryStore();
    const first = render(<Harness ports={ports} storage={storage} />);
    await screen.findByText(/2 follow-ups created/);
    first.unmount();
    render(<Harness ports={ports} storage={storage} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(calendar.bodyReads).toBe(1);
    expect(screen.queryByText(/created/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sync follow-ups' }));
    expect(await screen.findByText('Follow-ups are up to date.')).toBeInTheDocument();
    expect(calendar.bodyReads).toBe(2);
  });

  it('a click during the automatic check is not swallowed (regression: the button did nothing while the check ran)', async () => {
    const { ports, document, tasks } = world();
    const storage = memoryStore();
    storage.setItem('rapport.followUps.lastRun', String(clock.now().getTime()));
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = document.read.bind(document);
    document.read = async () => {
      await gate;
      return read();
    };
    render(<Harness ports={ports} storage={storage} />);
    await userEvent.click(screen.getByRole('button', { name: 'Sync follow-ups' }));
    release();
    expect(await screen.findByText(/2 follow-ups created/)).toBeInTheDocument();
    expect(tasks.tasks.size).toBe(2);
  });

  it('"ask me first": counts what would be created and creates only when asked', async () => {
    const { ports, tasks, document } = world();
    document.doc.settings.autoFollowUps = false;
    render(<Harness ports={ports} storage={memoryStore()} />);
    expect(await screen.findByText('2 follow-ups are ready to become Planner tasks.')).toBeInTheDocument();
    expect(tasks.tasks.size).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Create the tasks' }));
    expect(await screen.findByText(/2 follow-ups created/)).toBeInTheDocument();
    expect(tasks.tasks.size).toBe(2);
  });
});
