import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startEmulator } from '../graph-emulator';
import { startDemoServer } from './server';

// `npm start`: the demo pages on PORT (default 3000) and the Graph emulator on GRAPH_EMULATOR_PORT (default 4000).
async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const graphPort = Number(process.env.GRAPH_EMULATOR_PORT ?? 4000);
  const distDir = resolve(__dirname, '../../dist');
  if (!existsSync(resolve(distDir, 'index.html'))) {
    console.error('No build found in dist/. Run `npm run build` first (npm start does it for you).');
    process.exit(1);
  }
  // The Graph emulator beside the demo; the pages reach it through /config.json's graphBaseUrl.
  // GRAPH_EMULATOR_SEED and GRAPH_EMULATOR_NOW (a frozen clock) let e2e runs and demos pin the tenant.
  const emulator = await startEmulator({ port: graphPort, seed: process.env.GRAPH_EMULATOR_SEED, now: process.env.GRAPH_EMULATOR_NOW });
  const graphBaseUrl = emulator.url;
  const demo = await startDemoServer({ port, distDir, graphBaseUrl });
  process.stdout.write(
    [
      'Rapport demo is running:',
      `  ${demo.url}/             links to both surfaces`,
      `  ${demo.url}/outlook.html the Outlook compose simulator with the task pane`,
      `  ${demo.url}/teams.html   the Teams tab`,
      `  Graph emulator: ${graphBaseUrl}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = async () => {
    await Promise.all([demo.close(), emulator.close()]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
