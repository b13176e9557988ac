import { useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, makeStyles, teamsLightTheme, tokens } from '@fluentui/react-components';
import { createDemoTokenProvider } from '../../src/adapters/auth/demo-token-provider';
import { loadConfig } from '../../src/adapters/config/load-config';
import { createGraphAdapters } from '../../src/adapters/graph';
import { officeGlobal } from '../../src/adapters/office';
import { registerCommands, INSERT_COMMAND_ID } from '../../src/shell/outlook-commands/insert-agenda-command';
import { startTaskpane } from '../../src/shell/outlook-taskpane/taskpane-app';
import { createOfficeStandIn, type OfficeSimulator, type SimulatedRecipient } from '../office-stand-in';
import { ComposeForm } from './compose-form';
import { installOfficeStandIn } from './expose-simulator';
import { hostOptionsOf } from './host-options';
import { seededMeeting } from './seeded-meeting';

/**
 * /outlook.html: Outlook's appointment compose form next to the REAL task pane, with the Office stand-in installed
 * as `window.Office` before the pane starts. Parameters: lang (Outlook's display language), theme, as (the signed-in
 * seeded user), latency (ms before each Office callback).
 */
const FALLBACK_REPORT: SimulatedRecipient = { displayName: 'Alex Report', emailAddress: 'alex@contoso.example' };

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 380px', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  pane: {
    borderInlineStartWidth: tokens.strokeWidthThin,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
});

/** The demo's 1:1 is with the signed-in manager's first direct report in the emulator's seed. */
async function firstReport(params: URLSearchParams): Promise<SimulatedRecipient> {
  try {
    const config = await loadConfig();
    const graph = createGraphAdapters({ config, tokens: createDemoTokenProvider(params.get('as')) });
    // Without the emulator the pipeline would keep retrying the refused connection; the demo does not wait for it.
    const team = await Promise.race([
      graph.directory.team(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the Graph emulator did not answer in time')), 3000)),
    ]);
    const report = team.reports[0];
    return report ? { displayName: report.displayName, emailAddress: report.mail } : FALLBACK_REPORT;
  } catch (error) {
    console.warn('Rapport demo: the Graph emulator is not reachable; using a stand-in attendee.', error);
    return FALLBACK_REPORT;
  }
}

/** The compose form and, beside it, the host element the real task pane mounts into (once, on first commit). */
function SimulatorPage({ simulator, onPaneHost }: { simulator: OfficeSimulator; onPaneHost(element: HTMLElement): void }) {
  const styles = useStyles();
  const hostPane = useCallback(
    (element: HTMLElement | null) => {
      if (element && !element.dataset.started) {
        element.dataset.started = 'true';
        onPaneHost(element);
      }
    },
    [onPaneHost],
  );
  return (
    <FluentProvider theme={teamsLightTheme} dir="ltr" lang="en">
      <div className={styles.page}>
        <ComposeForm simulator={simulator} onInsertCommand={() => simulator.runCommand(INSERT_COMMAND_ID)} />
        <aside ref={hostPane} className={styles.pane} aria-label="Rapport" />
      </div>
    </FluentProvider>
  );
}

async function main(root: HTMLElement) {
  const params = new URLSearchParams(window.location.search);
  const item = seededMeeting(await firstReport(params), new Date());
  const { office, simulator } = createOfficeStandIn({ item, ...hostOptionsOf(params) });
  installOfficeStandIn(office, simulator);
  // From here on Rapport sees only window.Office, as it would in Outlook.
  const installed = officeGlobal() ?? office;
  registerCommands(installed);
  const startPane = (element: HTMLElement) =>
    void installed.onReady().then(() => startTaskpane(element, { office: installed, params }));
  createRoot(root).render(<SimulatorPage simulator={simulator} onPaneHost={startPane} />);
}

const root = document.getElementById('root');
if (root) void main(root);
