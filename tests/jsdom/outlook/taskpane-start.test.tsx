import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import { createMailItemAdapter } from '../../../src/adapters/office';
import { AgendaInsertPane, startMeetingRead } from '../../../src/features/agenda-insert';
import { startTaskpane } from '../../../src/shell/outlook-taskpane/taskpane-app';
import { AppFrame } from '../../../src/ui/app-frame';
import { loadLaterParts } from './pane-fixture';
import { standIn } from './stand-in-fixture';

// Fluent renders slowly in jsdom on a busy machine: wait longer for things to appear (not a speed assertion).
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);
beforeAll(loadLaterParts, 60_000);

/**
 * The background the pane's FluentProvider gives its theme: the provider writes the theme's tokens as CSS variables
 * under a class of its own (styles of earlier tests stay in the document, so the rule is found by that class).
 */
function providerBackground(root: HTMLElement): string | undefined {
  const provider = root.querySelector<HTMLElement>('.fui-FluentProvider');
  const classes = [...(provider?.classList ?? [])].filter((name) => name !== 'fui-FluentProvider');
  const rules = [...document.querySelectorAll('style')].flatMap((style) => [...(style.sheet?.cssRules ?? [])].map((rule) => rule.cssText));
  const themeRule = rules.find((rule) => classes.some((name) => rule.startsWith(`.${name}`)) && rule.includes('--colorNeutralBackground1:'));
  return themeRule && /--colorNeutralBackground1: ([^;]+);/.exec(themeRule)?.[1];
}

/** Starts the pane as Outlook would, without config.json (Graph stays off; its warning is silenced), in a new root. */
function startPaneWithoutGraph(office: Parameters<typeof startTaskpane>[1]['office'], params = new URLSearchParams()): HTMLElement {
  const root = document.body.appendChild(document.createElement('div'));
  const fetchNothing: typeof fetch = async () => new Response('not here', { status: 404 });
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  act(() => startTaskpane(root, { office, params, fetch: fetchNothing }));
  return root;
}

const MEETING_READ = ['requiredAttendees.getAsync', 'optionalAttendees.getAsync', 'start.getAsync', 'end.getAsync'];

describe('the task pane as Outlook starts it', () => {
  it('shows the agenda preview from Office alone before it asks for config.json: Graph never delays the preview', async () => {
    const { office, simulator } = standIn({ latencyMs: 5 });
    const asked: Array<{ url: string; previewTitle: string | null; officeCalls: string[] }> = [];
    const recordingFetch: typeof fetch = async (input) => {
      const title = document.querySelector('[data-testid="agenda-preview"] h2');
      asked.push({ url: String(input), previewTitle: title?.textContent ?? null, officeCalls: [...simulator.calls] });
      return new Response('not here', { status: 404 });
    };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const root = document.body.appendChild(document.createElement('div'));
    act(() => startTaskpane(root, { office, params: new URLSearchParams(), fetch: recordingFetch }));
    await waitFor(() => expect(asked.length).toBeGreaterThan(0));
    expect(asked[0]?.url).toMatch(/config\.json$/);
    expect(asked[0]?.previewTitle).toMatch(/^1:1 agenda · Avi Levi · /);
    expect(asked[0]?.officeCalls).toEqual(expect.arrayContaining(MEETING_READ));
    expect(asked[0]?.officeCalls).not.toContain('subject.getAsync'); // unused by the pane: one call less in Outlook's queue of 3
    // No config.json: the pane says so in the console and stays usable.
    await waitFor(() => expect(warn).toHaveBeenCalled());
    expect(within(screen.getByTestId('agenda-preview')).getByRole('heading', { level: 2 })).toBeInTheDocument();
    warn.mockRestore();
    root.remove();
  });

  it('renders a dark pane once its theme has loaded, in the dark theme from the start', async () => {
    const { office } = standIn({ latencyMs: 5 });
    const root = startPaneWithoutGraph(office, new URLSearchParams({ theme: 'dark' }));
    await screen.findByRole('heading', { level: 1 });
    const background = providerBackground(root);
    root.remove();
    expect(background).toBe('#292929');
    jest.restoreAllMocks();
  });

  it('follows Outlook\'s own dark theme (Mailbox 1.14) when the page names none', async () => {
    const { office } = standIn({ latencyMs: 5, mailboxVersion: '1.14', officeTheme: { bodyBackgroundColor: '#262626' } });
    const root = startPaneWithoutGraph(office);
    await screen.findByRole('heading', { level: 1 });
    const background = providerBackground(root);
    root.remove();
    expect(background).toBe('#292929');
    jest.restoreAllMocks();
  });

  it('turns dark when the user switches Office to a dark theme while the pane is open (OfficeThemeChanged)', async () => {
    const { office, simulator } = standIn({ latencyMs: 5, mailboxVersion: '1.14', officeTheme: { bodyBackgroundColor: '#ffffff' } });
    const root = startPaneWithoutGraph(office);
    await screen.findByTestId('agenda-preview');
    expect(providerBackground(root)).toBe('#ffffff');
    await waitFor(() => expect(simulator.calls).toContain('mailbox.addHandlerAsync'));
    act(() => simulator.setOfficeTheme('#262626'));
    await waitFor(() => expect(providerBackground(root)).toBe('#292929'));
    expect(simulator.peakInFlight).toBeLessThanOrEqual(3);
    root.remove();
    jest.restoreAllMocks();
  });

  it('uses the meeting read the shell started when Office became ready: no spinner, and Office is asked once', async () => {
    const { office, simulator } = standIn({ latencyMs: 5 });
    const mailItem = createMailItemAdapter(office);
    const firstRead = startMeetingRead(mailItem);
    await firstRead.facts;
    render(
      <AppFrame locale="en" theme="default">
        <AgendaInsertPane deps={{ mailItem, firstRead, carryOverPorts: null, timeZone: 'Asia/Jerusalem' }} locale="en" />
      </AppFrame>,
    );
    expect(screen.queryByText('Reading the meeting…')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('agenda-preview')).getByRole('heading', { level: 2 })).toHaveTextContent(/^1:1 agenda · Avi Levi · /);
    expect(simulator.calls.filter((call) => MEETING_READ.includes(call))).toEqual(MEETING_READ);
  });

  it('shows the meeting when the shell\'s read settles between the first render and its effect (it stayed "Reading the meeting…")', async () => {
    const { office } = standIn({ latencyMs: 5 });
    const mailItem = createMailItemAdapter(office);
    const settled = startMeetingRead(mailItem);
    const facts = await settled.facts;
    // Still reading when the first render asks, already read when the effect asks.
    let asked = 0;
    const firstRead = { facts: settled.facts, outcome: () => (asked++ === 0 ? undefined : { facts }) };
    render(
      <AppFrame locale="en" theme="default">
        <AgendaInsertPane deps={{ mailItem, firstRead, carryOverPorts: null, timeZone: 'Asia/Jerusalem' }} locale="en" />
      </AppFrame>,
    );
    expect(await screen.findByText('1:1 with Avi Levi')).toBeInTheDocument();
    expect(screen.queryByText('Reading the meeting…')).not.toBeInTheDocument();
  });

  it('reads afresh on Retry when the first read failed', async () => {
    const { office, simulator } = standIn({ latencyMs: 5 });
    simulator.failNext('item.start.getAsync', 5001);
    const mailItem = createMailItemAdapter(office);
    const firstRead = startMeetingRead(mailItem);
    await firstRead.facts.catch(() => undefined);
    render(
      <AppFrame locale="en" theme="default">
        <AgendaInsertPane deps={{ mailItem, firstRead, carryOverPorts: null, timeZone: 'Asia/Jerusalem' }} locale="en" />
      </AppFrame>,
    );
    act(() => screen.getByRole('button', { name: 'Try again' }).click());
    expect(await screen.findByText('1:1 with Avi Levi')).toBeInTheDocument();
  });
});
