import { act, configure, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMailItemAdapter } from '../../../src/adapters/office';
import { useAgendaInsert } from '../../../src/features/agenda-insert';
import { memoryBody } from '../../../tools/office-stand-in';
import { REPORT, fakeGraph, loadLaterParts, renderPane, task } from './pane-fixture';
import { TEAMS_JOIN_BLOCK, standIn } from './stand-in-fixture';

// Fluent renders slowly in jsdom on a busy machine: wait longer for things to appear (not a speed assertion).
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);
beforeAll(loadLaterParts, 60_000);

const preview = () => screen.getByTestId('agenda-preview');

describe('the agenda task pane', () => {
  it('says who the 1:1 is with, previews the agenda and inserts it above the Teams block, noting it on the item', async () => {
    const { simulator } = renderPane();
    expect(await screen.findByText('1:1 with Avi Levi')).toBeInTheDocument();
    expect(within(preview()).getByRole('heading', { level: 2 })).toHaveTextContent(/^1:1 agenda · Avi Levi · /);
    await userEvent.click(screen.getByRole('button', { name: 'Insert agenda' }));
    expect(await screen.findByText(/The agenda is at the top of the invite/)).toBeInTheDocument();
    const html = simulator.item.body.html();
    expect(html.startsWith('<h2')).toBe(true);
    expect(html.endsWith(TEAMS_JOIN_BLOCK)).toBe(true);
    expect(JSON.parse(String(simulator.item.customProperties.rapportAgenda))).toEqual({ template: 'weekly', locale: 'en' });
  });

  it('follows the choices in the preview: template, pipeline block and language (Hebrew right to left)', async () => {
    renderPane();
    await screen.findByText('1:1 with Avi Levi');
    await userEvent.click(screen.getByRole('radio', { name: 'Rebuilding trust' }));
    await userEvent.click(screen.getByRole('switch', { name: 'Add a short pipeline review at the end' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Agenda language' }), 'he');
    const title = within(preview()).getByRole('heading', { level: 2 });
    expect(title).toHaveTextContent(/^סדר יום לפגישת 1:1/);
    expect(title).toHaveAttribute('dir', 'rtl');
    expect(preview()).toHaveAttribute('dir', 'rtl');
  });

  it('defaults the agenda language to Outlook display language', async () => {
    renderPane({ displayLanguage: 'sv-SE', locale: 'sv' });
    expect(await screen.findByText('1:1 med Avi Levi')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Dagordningens språk' })).toHaveValue('sv');
  });

  it('says clearly when the meeting is not a 1:1, and still inserts', async () => {
    const { simulator } = renderPane({
      required: [
        { displayName: 'Avi Levi', emailAddress: 'avi@contoso.example' },
        { displayName: 'Noa Cohen', emailAddress: 'noa@contoso.example' },
      ],
    });
    expect(await screen.findByText(/This meeting has 2 other people in it, so it is not a 1:1/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Insert agenda' }));
    await screen.findByText(/The agenda is at the top of the invite/);
    expect(simulator.item.body.html()).toContain('Avi Levi, Noa Cohen');
  });

  it('asks before a second agenda; Cancel keeps one, "Add another" adds one', async () => {
    const { simulator } = renderPane();
    await screen.findByText('1:1 with Avi Levi');
    await userEvent.click(screen.getByRole('button', { name: 'Insert agenda' }));
    await screen.findByText(/The agenda is at the top/);
    await userEvent.click(screen.getByRole('button', { name: 'Insert agenda' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'This invite already has an agenda' });
    // In jsdom, Tabster's modalizer marks the portal aria-hidden (it cannot measure focus); the browser e2e checks it for real.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel', hidden: true }));
    expect(simulator.item.body.html().match(/<h2/g)).toHaveLength(1);
    // The closing dialog keeps the pane aria-hidden until its exit motion ends (a flake on a busy machine): wait for it.
    await userEvent.click(await screen.findByRole('button', { name: 'Insert agenda' }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Add another', hidden: true }));
    await waitFor(() => expect(simulator.item.body.html().match(/<h2/g)).toHaveLength(2));
  });

  it('detects an agenda already in a text body by its visible title, in any language', async () => {
    renderPane({ body: memoryBody({ type: 'text', content: 'Agenda för 1:1 · Avi · tisdag\nJoin: https://teams.example/x' }) });
    await screen.findByText('1:1 with Avi Levi');
    await userEvent.click(screen.getByRole('button', { name: 'Insert agenda' }));
    expect(await screen.findByRole('alertdialog')).toBeInTheDocument();
  });

  it('turns Office error 9021 into a localised message, keeps the choices and leaves the body alone', async () => {
    const { simulator } = renderPane({ displayLanguage: 'he-IL', locale: 'he' });
    await screen.findByText('1:1 עם Avi Levi');
    await userEvent.click(screen.getByRole('radio', { name: 'פגישת 1:1 ראשונה עם חבר צוות חדש' }));
    simulator.failNext('body.prependAsync', 9021);
    await userEvent.click(screen.getByRole('button', { name: 'הוספת סדר היום' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Outlook לא הצליח לשמור את ההזמנה כרגע');
    expect(simulator.item.body.html()).toBe(TEAMS_JOIN_BLOCK);
    expect(screen.getByRole('radio', { name: 'פגישת 1:1 ראשונה עם חבר צוות חדש' })).toBeChecked();
  });

  it('says where Outlook lacks a requirement set instead of failing silently', async () => {
    renderPane({ mailboxVersion: '1.0' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Rapport could not read this meeting from Outlook');
  });

  it('is useful before Graph answers, then adds "Open from last time" from the pair plan', async () => {
    const graph = fakeGraph([
      task({ title: 'Send the pipeline report' }),
      task({ title: 'Done already', percentComplete: 100, completedDateTime: '2026-11-12T10:00:00Z' }),
      task({ title: 'Talk about the promotion path', bucketId: 'b-topics', createdByUserId: REPORT.id, assigneeIds: [] }),
    ]);
    renderPane({ graph });
    expect(await screen.findByText('1:1 with Avi Levi')).toBeInTheDocument();
    expect(await screen.findByText('1 open follow-up · 1 topic')).toBeInTheDocument();
    expect(preview()).toHaveTextContent('Send the pipeline report · Dana Levi');
    expect(preview()).toHaveTextContent('Talk about the promotion path · Avi Levi');
    expect(preview()).not.toHaveTextContent('Done already');
    expect(graph.calls.sort()).toEqual(['findPairPlan', 'listTasks', 'me', 'userByAddress']);
  });

  it('says so when the pair has no shared plan yet', async () => {
    renderPane({ graph: fakeGraph([], { plan: null }) });
    expect(await screen.findByText(/You and Avi Levi do not share a Rapport plan yet/)).toBeInTheDocument();
  });

  it('shows a hostile attendee name as text, never as markup', async () => {
    renderPane({ required: [{ displayName: '<img src=x onerror="alert(1)">Eve', emailAddress: 'eve@contoso.example' }] });
    await screen.findByText('1:1 with <img src=x onerror="alert(1)">Eve');
    expect(preview().querySelector('img')).toBeNull();
    expect(within(preview()).getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror="alert(1)">Eve');
  });
});

describe('useAgendaInsert', () => {
  it('inserts once when asked twice at the same moment (a double click)', async () => {
    const { office, simulator } = standIn({ latencyMs: 5 });
    const mailItem = createMailItemAdapter(office);
    const { result } = renderHook(() => useAgendaInsert({ mailItem, carryOverPorts: null, timeZone: 'Europe/Stockholm' }));
    await waitFor(() => expect(result.current.meeting.status).toBe('ready'));
    await act(async () => {
      await Promise.all([result.current.requestInsert(), result.current.requestInsert()]);
    });
    expect(result.current.insert.status).toBe('inserted');
    expect(simulator.item.body.html().match(/<h2/g)).toHaveLength(1);
  });

  it('builds the inserted agenda from the attendees as they are at insert time', async () => {
    const { office, simulator } = standIn();
    const mailItem = createMailItemAdapter(office);
    const { result } = renderHook(() => useAgendaInsert({ mailItem, carryOverPorts: null, timeZone: 'Europe/Stockholm' }));
    await waitFor(() => expect(result.current.meeting.status).toBe('ready'));
    simulator.item.requiredAttendees = [{ displayName: 'Noa Cohen', emailAddress: 'noa@contoso.example' }];
    await act(() => result.current.requestInsert());
    expect(simulator.item.body.html()).toContain('1:1 agenda · Noa Cohen');
  });
});
