import { checkTenant } from '../../../tools/tenant-check/check-tenant';
import { startEmulator, type RunningEmulator } from '../../../tools/graph-emulator';
import { controlOf } from '../../support/graph-harness';

/** `npm run check:tenant` runs the same engine as the Settings page, against the Graph base URL and token given. */
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, now: '2026-11-23T08:00:00.000Z' });
});
afterAll(() => emulator.close());

const run = async (argv: string[], env: Record<string, string | undefined> = {}) => {
  const lines: string[] = [];
  const code = await checkTenant(argv, env, (line) => lines.push(line));
  return { code, text: lines.join('\n') };
};

describe('npm run check:tenant', () => {
  it('prints every step and exits 0 on the seed, with the token from RAPPORT_TOKEN', async () => {
    const { code, text } = await run(['--graph', emulator.url], { RAPPORT_TOKEN: 'demo' });
    expect(text).toContain('✓ Create a task with a description: Works');
    expect(text).toContain('Everything Rapport needs works here.');
    expect(code).toBe(0);
  });

  it('exits 1 and prints the admin action when a step is refused', async () => {
    await controlOf(emulator.url).faults([{ method: 'POST', version: 'beta', path: '^/planner/rosters$', status: 403 }]);
    const { code, text } = await run(['--graph', emulator.url, '--token', 'demo']);
    expect(text).toMatch(/✗ Create a private plan group \(roster\): Refused \(Graph’s code: 403 Forbidden, Request id: \S+\)/);
    expect(text).toContain('Creating private plans (rosters) is turned off');
    expect(code).toBe(1);
    await controlOf(emulator.url).reset({ now: '2026-11-23T08:00:00.000Z' });
  });

  it('exits 2 with the usage when no token is given', async () => {
    expect((await run(['--graph', emulator.url])).code).toBe(2);
  });
});
