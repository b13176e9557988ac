import { calendarWindow } from '../../../src/features/team-dashboard/use-team-data';
import { withFirstRoundStarted } from '../../../src/shell/teams-tab/first-round';
import { startServices } from '../../../src/shell/teams-tab/start-services';

// The Teams tab's floor (RAPPORT_BASELINE builds it beside the baseline page): what teams.html must wait for before
// its cards, config.json, the Graph adapters and the Team page's two rounds (the team, the calendar and the manager's
// document, then the series' cancellations), started as the tab's entry starts them, then one article where the
// cards go. No React, no Fluent, no overview: the tab's first render can be no earlier than this page's.
const root = document.getElementById('root');
if (root) {
  const now = new Date();
  void startServices(null)
    .then((adapters) => withFirstRoundStarted(adapters, now))
    .then(async (graph) => {
      const events = await graph.calendar.listEvents(calendarWindow(now));
      const masters = [...new Set(events.flatMap((e) => (e.seriesMasterId ? [e.seriesMasterId] : [])))];
      const [team] = await Promise.all([graph.directory.team(), masters.length ? graph.calendar.cancellations(masters) : [], graph.managerDocument.read()]);
      const card = document.createElement('div');
      card.setAttribute('role', 'article');
      card.textContent = `${team.reports.length} reports · ${events.length} events`;
      root.append(card);
    });
}
