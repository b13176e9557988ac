import { preloadZoneTable, type GraphAdapters } from '../../adapters/graph';
import { withFirstRoundStarted } from './first-round';
import { signInAsOf } from './sign-in-as';
import { startServices } from './start-services';
import { pageLocale, showStartupProblem } from '../common/startup-problem';

/**
 * Entry of teams.html. Small on purpose ("render as you fetch"): it starts config.json (preloaded by the page), the
 * Graph adapters and the Team page's Graph requests, and the zone table chunk, while the tab's UI (React, Fluent:
 * the `teams-ui` chunk, which the page preloads beside this script) is still being fetched and evaluated, so Graph's
 * round trips run during that work instead of after it and React's first commit (measurements: docs/performance.md,
 * "Bundle budget" and "The Teams tab's first useful render").
 */
/**
 * The UI's modules are evaluated once the Team page's first requests are on their way (its chunks download meanwhile,
 * preloaded): evaluating them and React's first render is enough script to hold back config.json's answer and the
 * requests it starts. A slow config.json or sign-in holds the UI back no longer than this.
 */
const UI_AFTER_REQUESTS_AT_MOST_MS = 50;

const root = document.getElementById('root');
if (root) {
  // Only when the UI's own script cannot load or start; everything after that is shown by the tab, in Fluent.
  const showProblem = (error: unknown) => showStartupProblem(root, pageLocale(window.location.search, navigator.language), 'loadFailed', error);
  const clock = { now: () => new Date() };
  const services = startServices(signInAsOf(window.location.search)).then((adapters) => withFirstRoundStarted(adapters, clock.now()));
  preloadZoneTable().catch(() => undefined); // a calendar read reports it, and tries again
  let servicesValue: GraphAdapters | undefined; // when already there, the UI's first render is the tab itself
  const requestsSent = services.then(
    (adapters) => void (servicesValue = adapters),
    () => undefined, // the tab shows it, with a retry or the sign-in notice
  );
  const atMost = new Promise<void>((resolve) => setTimeout(resolve, UI_AFTER_REQUESTS_AT_MOST_MS));
  const ui = Promise.race([requestsSent, atMost]).then(() => {
    const loading = import(/* webpackChunkName: "teams-ui" */ './teams-ui');
    // The page's first Intl.DateTimeFormat loads ICU's date data (the cards need it): here it runs while
    // Graph answers and the UI's scripts are handed over, not before the first requests go out.
    Intl.DateTimeFormat().resolvedOptions();
    return loading;
  });
  ui.then(({ renderTab }) => renderTab(root, { search: window.location.search, clock, services, servicesValue }), showProblem).catch(showProblem);
}
