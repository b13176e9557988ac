import './teams/early-chunks'; // first: see there
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { TeamsTabRoot } from './teams/teams-tab-root';
import { readPagePreferences } from './teams/preferences';
import { startServices } from './teams/start-services';
import { withFirstRoundStarted } from './teams/first-round';

// The Teams tab's composition root (served at /teams.html). Before React renders anything, config.json, the Graph
// adapters and the Team page's first round of Graph requests are started ("render as you fetch"): the network works
// while React renders the frame and the tab, instead of after its first commit and effects. The first render is a
// transition, so React yields every few milliseconds and the answers are handled (and the next requests sent) as they
// arrive rather than after it.
const systemClock = { now: () => new Date() };
const preferences = readPagePreferences(window.location.search);
const services = startServices(preferences.as).then((adapters) => withFirstRoundStarted(adapters, systemClock.now()));
const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  startTransition(() => reactRoot.render(<TeamsTabRoot preferences={preferences} clock={systemClock} services={services} />));
}
