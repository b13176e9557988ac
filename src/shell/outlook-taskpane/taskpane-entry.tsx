import { createMailItemAdapter, whenOfficeReady } from '../../adapters/office';
// The feature's entry without UI: its index brings in the pane's UI (React, Fluent).
import { startMeetingRead } from '../../features/agenda-insert/entry-office-only';
import { pageLocale, showStartupProblem } from '../common/startup-problem';

/**
 * Entry of taskpane.html (loaded by Outlook with Office.js from Microsoft's CDN). Small on purpose: it waits for Office
 * and starts reading the meeting, and fits the pane's two big pieces of main-thread work into the read's two rounds
 * of Office calls, so that neither holds back an answer (docs/performance.md, "The pane's work in Office's waits"):
 * - first round (the attendee lists and the start): the page's first Intl.DateTimeFormat, which loads ICU's date data;
 * - second round (the end time): the pane's UI (React, Fluent, the agenda feature: the `taskpane-app` chunk, which the
 *   page preloads beside this script, so only its evaluation waits), then what its first render can have ready.
 */

/**
 * When Office answers the meeting read within this long after it is ready, the pane's first render is the pane itself,
 * not "Reading the meeting…" for a moment: a spinner that flashes is noise, and rendering it held Office's answers
 * back (script run just as they arrive). A slower read shows the spinner after this long, or once the UI has loaded.
 */
const READING_SHOWN_AFTER_MS = 150;

const settledOrAfter = (promise: Promise<unknown>, deadline: Promise<void>) => Promise.race([promise.then(noop, noop), deadline]);

function noop(): void {}

const root = document.getElementById('root');
if (root) {
  const browserLocale = () => pageLocale(window.location.search, navigator.language);
  whenOfficeReady().then(
    async (office) => {
      const mailItem = createMailItemAdapter(office);
      const firstRead = startMeetingRead(mailItem);
      const deadline = new Promise<void>((resolve) => setTimeout(resolve, READING_SHOWN_AFTER_MS));
      // After the read's first Office calls are out: ICU runs while Office answers them.
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      try {
        await settledOrAfter(firstRead.firstPart, deadline);
        const { startTaskpane, prepareFirstRender } = await import(/* webpackChunkName: "taskpane-app" */ './taskpane-app');
        if (!firstRead.outcome()) prepareFirstRender(root);
        await settledOrAfter(firstRead.facts, deadline);
        startTaskpane(root, { office, mailItem, firstRead, timeZone });
      } catch (error) {
        showStartupProblem(root, mailItem.displayLanguage() ?? browserLocale(), 'loadFailed', error);
      }
    },
    (error: unknown) => showStartupProblem(root, browserLocale(), 'notInOutlook', error),
  );
}
