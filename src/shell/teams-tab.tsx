import { createRoot } from 'react-dom/client';
import { TeamsTabRoot } from './teams/teams-tab-root';
import { readPagePreferences } from './teams/preferences';

// The Teams tab's composition root (served at /teams.html). It renders at once; everything else is awaited inside.
const systemClock = { now: () => new Date() };
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<TeamsTabRoot preferences={readPagePreferences(window.location.search)} clock={systemClock} />);
}
