import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmulator } from '../../tools/graph-emulator';
import { startDemoServer } from '../../tools/demo-server/server';
import { bundleFigures } from './bundle-size';
import { CLASSIFIER_BUDGET_MS, domainSpeedFigures, PARSER_BUDGET_MS } from './domain-speed';
import { formatTable, passes, type Figure } from './figures';
import { firstRenderFigures, launch, PANE_UI_BUDGET_MS, TAB_UI_BUDGET_MS } from './first-render';
import { graphTrafficFigures } from './graph-traffic';
import { firstScreenFigure, HOLD_MS } from './first-screen';
import { followUpSyncFigures, SYNC_REQUESTS_BUDGET, SYNC_TIME_RATIO_BUDGET } from './follow-up-sync';
import { ANALYSIS_BUDGET_MS, TREND_ROUNDS_BUDGET, analysisFigure, trendRoundsFigures } from './talk';

/**
 * `npm run bench [-- --quick]`: builds the production pages and the baseline page with the same webpack config,
 * serves them with the demo server beside the Graph emulator, measures, prints figure / value / budget / baseline /
 * pass, and writes reports/bench.json. `--reuse-dist` (CI) measures the pages already in dist/ and builds only the
 * baseline page, with the same config. A missed budget makes the full run exit non-zero; `--quick` (fewer loads, a
 * smaller sync) only reports. A figure that cannot be measured says why instead of showing a number.
 */
const ROOT = resolve(__dirname, '../..');
const quick = process.argv.includes('--quick');
/** Reuse the pages in dist/ (CI: `npm test` has just built them) and build only the baseline page. */
const reuseDist = process.argv.includes('--reuse-dist');
// The parser and classifier take well under a second even at 5 runs: quick times them as the full run does (one run
// after the warm-up read 50-65 ms for the parser where the median of 5 reads ~30 ms).
const settings = quick ? { loads: 3, meetings: 5, perMeeting: 4, runs: 5 } : { loads: 15, meetings: 50, perMeeting: 4, runs: 5 };
const port = Number(process.env.BENCH_PORT ?? 3306);
const graphPort = Number(process.env.BENCH_GRAPH_PORT ?? 4306);
const distDir = join(ROOT, 'reports', 'bench-dist');

const log = (line: string) => process.stdout.write(`${line}\n`);

async function section(name: string, placeholders: Array<Omit<Figure, 'value' | 'baseline' | 'notMeasured'>>, measure: () => Promise<Figure[]> | Figure[]): Promise<Figure[]> {
  log(`… ${name}`);
  try {
    return await measure();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 140) ?? 'failed';
    return placeholders.map((p) => ({ ...p, value: null, baseline: null, notMeasured: reason }));
  }
}

const placeholder = (group: string, figure: string, unit: string, budget: Figure['budget'] = null) => ({ group, figure, unit, budget });

function buildPages(): boolean {
  const webpack = (env: Record<string, string>) => {
    const build = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    if (build.status !== 0) log(build.stdout.slice(-2000) + build.stderr.slice(-2000));
    return build.status === 0;
  };
  const dist = join(ROOT, 'dist');
  if (reuseDist && existsSync(join(dist, 'taskpane.html'))) {
    log(`Rapport benchmarks${quick ? ' (quick)' : ''}: the pages of dist/ (built ${Math.round((Date.now() - statSync(join(dist, 'taskpane.html')).mtimeMs) / 60_000)} min ago), building the baseline page…`);
    const baselineDir = join(ROOT, 'reports', 'bench-baseline');
    if (!webpack({ RAPPORT_BASELINE: 'only', RAPPORT_DIST: baselineDir })) return false;
    rmSync(distDir, { recursive: true, force: true });
    cpSync(dist, distDir, { recursive: true });
    cpSync(baselineDir, distDir, { recursive: true });
    return true;
  }
  log(`Rapport benchmarks${quick ? ' (quick)' : ''}: building the pages and the baseline page…`);
  return webpack({ RAPPORT_BASELINE: '1', RAPPORT_DIST: distDir });
}

async function main(): Promise<number> {
  const started = Date.now();
  const built = buildPages();

  const figures: Figure[] = [];
  figures.push(
    ...(await section(
      'bundle sizes',
      [placeholder('initial JS (gzip)', 'task pane', 'kB', { kind: 'max', limit: 100 }), placeholder('initial JS (gzip)', 'function commands', 'kB', { kind: 'max', limit: 30 }), placeholder('initial JS (gzip)', 'Teams tab', 'kB', { kind: 'max', limit: 140 })],
      () => {
        if (!built) throw new Error('the webpack build failed');
        return bundleFigures(distDir);
      },
    )),
  );

  const emulator = await startEmulator({ port: graphPort });
  const demo = await startDemoServer({ port, distDir, graphBaseUrl: emulator.url });
  const browser = await launch().catch((error: unknown) => error as Error);
  try {
    const needBrowser = () => {
      if (!built) throw new Error('the webpack build failed');
      if (browser instanceof Error) throw browser;
      return browser;
    };
    figures.push(
      ...(await section(
        `first useful render (${settings.loads} loads each)`,
        [
          placeholder('first useful render', 'task pane: UI time after its floor', 'ms', { kind: 'max', limit: PANE_UI_BUDGET_MS }),
          placeholder('first useful render', 'Teams tab: UI time after its floor', 'ms', { kind: 'max', limit: TAB_UI_BUDGET_MS }),
        ],
        () => firstRenderFigures(needBrowser(), demo.url, emulator.url, settings.loads, distDir),
      )),
      ...(await section(
        `the tab's first screen with one report's Planner data held ${HOLD_MS} ms`,
        [{ ...placeholder('first useful render', 'Teams tab: first screen shown with the data that arrived first (no waiting for the slowest report)', '', { kind: 'equals', limit: 1 }) }],
        () => firstScreenFigure(needBrowser(), demo.url, emulator.url),
      )),
      ...(await section(
        'Graph traffic to first render (large seed)',
        [placeholder('Graph to first render (large seed)', 'task pane: sequential rounds', '', { kind: 'max', limit: 2 }), placeholder('Graph to first render (large seed)', 'Teams tab: sequential rounds', '', { kind: 'max', limit: 2 }), placeholder('Graph to first render (large seed)', 'Teams tab, later open: sequential rounds', '', { kind: 'max', limit: 2 })],
        () => graphTrafficFigures(needBrowser(), demo.url, emulator.url, distDir),
      )),
    );
  } finally {
    if (!(browser instanceof Error)) await browser.close();
    await demo.close();
    await emulator.close();
  }

  const followUps = settings.meetings * settings.perMeeting;
  figures.push(
    ...(await section(
      `follow-up sync (${followUps} follow-ups)`,
      [
        placeholder('follow-up sync', 'duplicates', '', { kind: 'equals', limit: 0 }),
        placeholder('follow-up sync', 'lost', '', { kind: 'equals', limit: 0 }),
        placeholder('follow-up sync', 'HTTP requests', '', { kind: 'max', limit: SYNC_REQUESTS_BUDGET }),
        placeholder('follow-up sync', 'time, ratio to the naive client', '×', { kind: 'max', limit: SYNC_TIME_RATIO_BUDGET }),
      ],
      () => followUpSyncFigures({ meetings: settings.meetings, perMeeting: settings.perMeeting }),
    )),
    ...(await section(
      'parser and classifier',
      [
        placeholder('domain', 'next-steps parser, 1 MB hostile body', 'ms', { kind: 'max', limit: PARSER_BUDGET_MS }),
        placeholder('domain', '1:1 classifier, 10,000 events', 'ms', { kind: 'max', limit: CLASSIFIER_BUDGET_MS }),
      ],
      () => domainSpeedFigures(settings.runs),
    )),
    ...(await section(
      'talk share from transcripts',
      [
        placeholder('talk', 'analysis of a 2-hour transcript', 'ms', { kind: 'max', limit: ANALYSIS_BUDGET_MS }),
        placeholder('talk', "Graph rounds to show a report's talk trend, 10 1:1s", '', { kind: 'max', limit: TREND_ROUNDS_BUDGET }),
      ],
      async () => [analysisFigure(settings.runs), ...(await trendRoundsFigures())],
    )),
  );

  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1e9), node: process.version, platform: `${process.platform} ${process.arch}` };
  log('');
  log(formatTable(figures));
  for (const f of figures.filter((x) => x.note)) log(`  note · ${f.group}: ${f.figure}: ${f.note}`);
  log(`\nMachine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}. ${Math.round((Date.now() - started) / 1000)} s.`);
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  const report = { date: new Date().toISOString(), quick, settings, machine, figures: figures.map((f) => ({ ...f, pass: passes(f) })) };
  writeFileSync(join(ROOT, 'reports', 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  log('Wrote reports/bench.json');

  const missed = figures.filter((f) => passes(f) === false || (f.notMeasured && f.budget));
  if (missed.length && !quick) {
    log(`\n${missed.length} budget(s) missed or not measured: ${missed.map((f) => `${f.group}: ${f.figure}`).join('; ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
