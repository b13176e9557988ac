import { createMailItemAdapter, whenOfficeReady } from '../../adapters/office';
// The feature's entry without UI: its index brings in the pane's UI (React, Fluent).
import { startMeetingRead } from '../../features/agenda-insert/entry-office-only';
import { pageLocale, showStartupProblem } from '../common/startup-problem';

/**
 * Entry of taskpane.html (loaded by Outlook with Office.js from Microsoft's CDN). Small on purpose: it waits for Office
 * and starts reading the meeting while the pane's UI (React, Fluent, the agenda feature: the `taskpane-app` chunk,
 * which the page preloads beside this script) is still being fetched and evaluated, so Office's round trips run
 * during that work instead of after it (measurements: docs/performance.md, "The task pane's first useful render").
 */

/**
 * When Office answers the meeting read within this long after the UI has loaded, the pane's first render is the pane
 * itself, not "Reading the meeting…" for a moment: a spinner that flashes is noise, and rendering it held Office's
 * answers back (script run just as they arrive). A slower read shows the spinner after this long.
 */
const READING_SHOWN_AFTER_MS = 150;

const settledOrAfter = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(noop, noop), new Promise<void>((resolve) => setTimeout(resolve, ms))]);

function noop(): void {}

const root = document.getElementById('root');
if (root) {
  const app = import(/* webpackChunkName: "taskpane-app" */ './taskpane-app');
  app.catch(() => undefined); // awaited below once Office is ready; without Office nobody awaits it
  const browserLocale = () => pageLocale(window.location.search, navigator.language);
  whenOfficeReady().then(
    async (office) => {
      const mailItem = createMailItemAdapter(office);
      const firstRead = startMeetingRead(mailItem);
      // The page's first Intl.DateTimeFormat loads ICU's date data (main-thread work): after the read's first
      // Office calls are out, it runs while Office answers them instead of holding them back.
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      try {
        const { startTaskpane } = await app;
        await settledOrAfter(firstRead.facts, READING_SHOWN_AFTER_MS);
        startTaskpane(root, { office, mailItem, firstRead, timeZone });
      } catch (error) {
        showStartupProblem(root, mailItem.displayLanguage() ?? browserLocale(), 'loadFailed', error);
      }
    },
    (error: unknown) => showStartupProblem(root, browserLocale(), 'notInOutlook', error),
  );
}
