import { createRoot } from 'react-dom/client';
import { TeamsTabRoot } from './teams/teams-tab-root';
import { readPagePreferences } from './teams/preferences';
import { startServices } from './teams/start-services';
import { withFirstRoundStarted } from './teams/first-round';

// The Teams tab's composition root (served at /teams.html). Before React renders anything, config.json, the Graph
// adapters and the Team page's first round of Graph requests are started ("render as you fetch"): the network works
// while React renders the frame and the tab, instead of after its first commit and effects.
const systemClock = { now: () => new Date() };
const preferences = readPagePreferences(window.location.search);
const services = startServices(preferences.as).then((adapters) => withFirstRoundStarted(adapters, systemClock.now()));
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<TeamsTabRoot preferences={preferences} clock={systemClock} services={services} />);
}
