import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CLOCK_INSTANTS, CLOCK_ZONES } from './clock-matrix';

/**
 * `npm run test:clock`: the date-sensitive suites under every instant and machine time zone of
 * tests/support/clock-matrix.ts (docs/testing.md, "The pinned clock and the clock matrix").
 *
 * - Jest, once per zone (TZ), with RAPPORT_CLOCK_MATRIX=all: the matrix suites loop over every instant; the other
 *   date-sensitive suites keep their own pinned instants and meet every machine zone.
 * - E2E, once per instant (RAPPORT_TEST_NOW), the specs that read dates; the demo server's TZ goes round the zones.
 *   `--unit-only` (what .ci/run uses) skips this part, `--e2e-only` the jest part; `--reuse-dist` skips the build.
 */
const JEST_SUITES = [
  'tests/unit/clock',
  'tests/integration/clock',
  'tests/unit/domain/time',
  'tests/unit/domain/cadence',
  'tests/unit/domain/one-on-ones',
  'tests/unit/domain/next-steps',
  'tests/unit/domain/follow-ups',
  'tests/unit/features/follow-up-sync',
  'tests/integration/follow-ups',
  'tests/integration/emulator/seed.test.ts',
  'tests/integration/emulator/calendar-view.test.ts',
  'tests/jsdom/repair-plan',
  'tests/jsdom/teams',
];
const E2E_DATE_SPECS = 'talk-measured\\.spec|follow-ups\\.spec|teams-four-weeks\\.spec|teams-part2\\.spec|upcoming 1:1';

const args = new Set(process.argv.slice(2));
const root = resolve(__dirname, '../..');
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);
const failures: string[] = [];

function run(label: string, command: string, commandArgs: string[], env: Record<string, string>): void {
  process.stdout.write(`\n── ${label}\n`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failures.push(label);
}

const started = Date.now();
for (const zone of args.has('--e2e-only') ? [] : CLOCK_ZONES) {
  run(`jest, TZ=${zone}, ${CLOCK_INSTANTS.length} instants`, bin('jest'), ['--silent', ...JEST_SUITES], { TZ: zone, RAPPORT_CLOCK_MATRIX: 'all' });
}

let e2eRuns = 0;
if (!args.has('--unit-only')) {
  if (!args.has('--reuse-dist') || !existsSync(resolve(root, 'dist/index.html'))) run('build', bin('webpack'), ['--mode', 'production'], {});
  CLOCK_INSTANTS.forEach((instant, index) => {
    const zone = CLOCK_ZONES[index % CLOCK_ZONES.length]!;
    run(`e2e at ${instant.label} (${instant.iso}), TZ=${zone}`, bin('playwright'), ['test', '--reporter=dot', '-g', E2E_DATE_SPECS], { TZ: zone, RAPPORT_TEST_NOW: instant.label });
    e2eRuns += 1;
  });
}

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
process.stdout.write(
  `\nClock matrix: ${args.has('--e2e-only') ? 'unit and integration suites skipped (--e2e-only)' : `${CLOCK_INSTANTS.length} instants × ${CLOCK_ZONES.length} machine zones (${CLOCK_ZONES.join(', ')}) for the unit and integration suites`}` +
    (e2eRuns ? `; the e2e date specs at ${e2eRuns} instants` : '; e2e skipped (--unit-only)') +
    `, in ${minutes} min. ${failures.length ? `FAILED: ${failures.join('; ')}` : 'All passed.'}\n`,
);
process.exit(failures.length ? 1 : 0);
