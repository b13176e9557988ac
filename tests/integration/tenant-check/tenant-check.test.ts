import { runTenantCheck } from '../../../src/features/tenant-check/run-tenant-check';
import type { CheckResult } from '../../../src/features/tenant-check/check-steps';
import { startGraphHarness, type GraphHarness } from '../../support/graph-harness';

/** The tenant check against the emulator: all green on the seed, each refusal injected, the store left as found. */
let h: GraphHarness;
beforeAll(async () => {
  h = await startGraphHarness();
});
afterAll(() => h.close());
beforeEach(() => h.control.reset({ now: '2026-11-23T08:00:00.000Z' }));

const graphError = (code: string, requestId = 'rid-1') => ({ error: { code, message: `${code} (injected)`, innerError: { 'request-id': requestId, date: '2026-11-23T08:00:00' } } });
const byStep = (results: CheckResult[]) => Object.fromEntries(results.map((r) => [r.step, r]));
const statuses = (results: CheckResult[]) => Object.fromEntries(results.map((r) => [r.step, r.status]));

/** The store as Graph shows it, without the emulator clock: what the check must leave unchanged. */
async function store() {
  const { now: _now, ...rest } = await h.control.state();
  return rest;
}

async function check() {
  const before = await store();
  const results = await runTenantCheck(h.adapters.tenantProbe, { stamp: '2026-11-23T08:00:00Z' });
  expect(await store()).toEqual(before);
  return results;
}

describe('the tenant check against the emulator', () => {
  it('works on the seed: every capability works, the fallback folder is not needed, and nothing is left behind', async () => {
    const results = await check();
    expect(statuses(results)).toEqual({
      profile: 'works',
      directReports: 'works',
      calendar: 'works',
      meetingBody: 'works',
      appFolder: 'works',
      fallbackFolder: 'not-tried',
      roster: 'works',
      plan: 'works',
      bucket: 'works',
      task: 'works',
      cleanup: 'works',
    });
    expect(byStep(results).directReports).toMatchObject({ detail: '7' });
  });

  it('consent missing: the calendar is refused with Graph’s code and request id, and the fix is admin consent', async () => {
    await h.control.faults([{ path: '^/me/events$', status: 403, body: graphError('ErrorAccessDenied', 'rid-consent') }]);
    const results = byStep(await check());
    expect(results.calendar).toEqual({ step: 'calendar', status: 'refused', fix: 'grantConsent', httpStatus: 403, code: 'ErrorAccessDenied', requestId: expect.stringMatching(/\S/) });
    expect(results.meetingBody).toMatchObject({ status: 'not-tried', reason: 'needsEarlier' });
  });

  it('roster creation turned off: refused with the admin action, and the Planner steps after it are not tried', async () => {
    await h.control.faults([{ method: 'POST', version: 'beta', path: '^/planner/rosters$', status: 403, body: graphError('Forbidden') }]);
    const results = byStep(await check());
    expect(results.roster).toMatchObject({ status: 'refused', fix: 'allowRosters', code: 'Forbidden' });
    expect([results.plan?.status, results.bucket?.status, results.task?.status]).toEqual(['not-tried', 'not-tried', 'not-tried']);
    expect(results.cleanup).toMatchObject({ status: 'works' }); // the probe file is still deleted
  });

  it('a sensitivity label required: refused as such (sensitivityLabelsAreMandatory)', async () => {
    await h.control.faults([{ method: 'POST', version: 'beta', path: '^/planner/rosters$', status: 403, body: graphError('sensitivityLabelsAreMandatory') }]);
    expect(byStep(await check()).roster).toMatchObject({ status: 'refused', fix: 'labelRequired', code: 'sensitivityLabelsAreMandatory' });
  });

  it('the app folder refused (403): the fallback folder is tried and works', async () => {
    await h.control.faults([{ path: '^/me/drive/special/approot', status: 403, body: graphError('accessDenied') }]);
    const results = byStep(await check());
    expect(results.appFolder).toMatchObject({ status: 'refused', fix: 'useFallbackFolder', code: 'accessDenied' });
    expect(results.fallbackFolder).toMatchObject({ status: 'works' });
  });

  it('no Planner licence: the plan is refused after the roster was made, and the roster is still deleted', async () => {
    await h.control.faults([{ method: 'POST', version: 'beta', path: '^/planner/plans$', status: 403, body: graphError('Forbidden', 'rid-licence') }]);
    const results = byStep(await check());
    expect(results.roster).toMatchObject({ status: 'works' });
    expect(results.plan).toMatchObject({ status: 'refused', fix: 'plannerLicence', requestId: expect.stringMatching(/\S/) });
    expect(results.cleanup).toMatchObject({ status: 'works' });
  });

  it('throttled: refused with "try later", never a storm of retries', async () => {
    await h.control.faults([{ path: '^/me/directReports$', status: 429, retryAfter: 120 }]);
    const results = byStep(await check());
    expect(results.directReports).toMatchObject({ status: 'refused', fix: 'tryLater' });
    expect((await h.control.requests()).filter((r) => r.path.endsWith('/me/directReports'))).toHaveLength(1);
  });

  it('a step failing halfway (the task’s details refused) still leaves nothing behind', async () => {
    await h.control.faults([{ method: 'PATCH', path: '^/planner/tasks/[^/]+/details$', status: 403, body: graphError('Forbidden') }]);
    const results = byStep(await check());
    expect(results.task).toMatchObject({ status: 'refused' });
    expect(results.cleanup).toMatchObject({ status: 'works' });
  });

  it('a delete that fails is reported as such, with the fix to delete by hand', async () => {
    await h.control.faults([{ method: 'DELETE', version: 'beta', path: '^/planner/rosters/', status: 403, body: graphError('Forbidden', 'rid-cleanup') }]);
    const results = byStep(await runTenantCheck(h.adapters.tenantProbe, { stamp: 'x' }));
    expect(results.cleanup).toMatchObject({ status: 'refused', fix: 'cleanupByHand', requestId: expect.stringMatching(/\S/) });
  });
});
