import { whenOfficeReady } from '../adapters/office';
import { startTaskpane } from './outlook-taskpane-app';

// Entry of taskpane.html (loaded by Outlook with Office.js from Microsoft's CDN).
const root = document.getElementById('root');
if (root) {
  whenOfficeReady().then(
    (office) => startTaskpane(root, { office }),
    (error: unknown) => {
      root.textContent = error instanceof Error ? error.message : String(error);
    },
  );
}
