import { startEmulator, type EmulatorOptions } from './index';

/**
 * `npm run emulator -- [--port 4000] [--seed sales-team.json] [--now 2026-03-02T09:00:00Z] [--page-size 10]
 * [--mailbox-concurrency 4] [--expose-retry-after]`; the port also comes from GRAPH_EMULATOR_PORT.
 */
function parseArgs(argv: string[]): EmulatorOptions {
  const options: EmulatorOptions = { port: Number(process.env.GRAPH_EMULATOR_PORT ?? 4000) };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag = '', inline] = (argv[i] ?? '').split('=', 2);
    const value = () => inline ?? argv[++i] ?? '';
    switch (flag) {
      case '--port':
        options.port = Number(value());
        break;
      case '--seed':
        options.seed = value();
        break;
      case '--now':
        options.now = value();
        break;
      case '--page-size':
        options.pageSize = Number(value());
        break;
      case '--mailbox-concurrency':
        options.mailboxConcurrency = Number(value());
        break;
      case '--expose-retry-after':
        options.exposeRetryAfter = true;
        break;
      case '--host':
        options.host = value();
        break;
      default:
        console.error(`Unknown flag ${flag}`);
        process.exit(2);
    }
  }
  return options;
}

async function main(): Promise<void> {
  const emulator = await startEmulator(parseArgs(process.argv.slice(2)));
  process.stdout.write(`Graph emulator: ${emulator.url} (Graph at ${emulator.url}/v1.0, control at ${emulator.url}/_emulator)\n`);
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
