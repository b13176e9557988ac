import type { DocumentFolder, TenantProbePort } from '../../ports/tenant-check';
import { refusal, type CheckResult, type CheckStepId } from './check-steps';

/**
 * The tenant check (docs/deploying.md, "First install checklist"): every capability Rapport needs, tried as the
 * signed-in user, in order. A step that needs an earlier one that was refused is "not tried". What the check
 * creates (a probe file, a roster with its plan, bucket and task) is deleted at the end whatever happened, and the
 * last step says whether that worked. `onResult` hears each result as it comes (the page shows progress with it).
 * `stamp` names what the check creates, so a leftover is recognisable (e.g. the clock's ISO time).
 */
export async function runTenantCheck(probe: TenantProbePort, options: { stamp: string; onResult?: (result: CheckResult) => void }): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const report = (result: CheckResult) => {
    results.push(result);
    options.onResult?.(result);
    return result.status === 'works';
  };
  const attempt = async <T>(step: CheckStepId, action: () => Promise<T>, detail?: (value: T) => string): Promise<{ ok: true; value: T } | { ok: false }> => {
    try {
      const value = await action();
      report({ step, status: 'works', ...(detail ? { detail: detail(value) } : {}) });
      return { ok: true, value };
    } catch (error) {
      report(refusal(step, error));
      return { ok: false };
    }
  };
  const notTried = (step: CheckStepId, reason: 'needsEarlier' | 'notNeeded' | 'noEvent') => report({ step, status: 'not-tried', reason });

  const created: { files: Array<{ folder: DocumentFolder; id: string }>; rosterId: string | null } = { files: [], rosterId: null };
  const name = `rapport-tenant-check-${options.stamp.replace(/[^0-9A-Za-z]/g, '')}`;
  try {
    await attempt('profile', () => probe.readProfile());
    await attempt('directReports', () => probe.readDirectReports(), (count) => String(count));
    const event = await attempt('calendar', () => probe.findEvent());
    if (!event.ok) notTried('meetingBody', 'needsEarlier');
    else if (event.value === null) notTried('meetingBody', 'noEvent');
    else await attempt('meetingBody', () => probe.readEventBody(event.value as string));

    const inFolder = (folder: DocumentFolder) => async () => {
      await probe.readDocument(folder);
      const id = await probe.writeProbeFile(folder, `${name}.json`);
      created.files.push({ folder, id });
    };
    const appFolder = await attempt('appFolder', inFolder('app-folder'));
    if (appFolder.ok) notTried('fallbackFolder', 'notNeeded');
    else await attempt('fallbackFolder', inFolder('fallback'));

    const roster = await attempt('roster', () => probe.createRoster());
    if (roster.ok) created.rosterId = roster.value;
    const plan = roster.ok ? await attempt('plan', () => probe.createPlan(roster.value, `Rapport tenant check ${options.stamp}`)) : null;
    if (!plan) notTried('plan', 'needsEarlier');
    const bucket = plan?.ok ? await attempt('bucket', () => probe.createBucket(plan.value, 'Follow-ups')) : null;
    if (!bucket) notTried('bucket', 'needsEarlier');
    if (plan?.ok && bucket?.ok) await attempt('task', () => probe.createTaskWithDetails(plan.value, bucket.value, 'Rapport tenant check'));
    else notTried('task', 'needsEarlier');
  } finally {
    await cleanUp(probe, created, report);
  }
  return results;
}

/** Deletes everything the check created; every delete is tried even when one fails. */
async function cleanUp(
  probe: TenantProbePort,
  created: { files: Array<{ folder: DocumentFolder; id: string }>; rosterId: string | null },
  report: (result: CheckResult) => boolean,
): Promise<void> {
  if (created.files.length === 0 && created.rosterId === null) {
    report({ step: 'cleanup', status: 'not-tried', reason: 'notNeeded' });
    return;
  }
  const deletes = [
    ...created.files.map((file) => () => probe.deleteFile(file.folder, file.id)),
    ...(created.rosterId !== null ? [() => probe.deleteRoster(created.rosterId as string)] : []),
  ];
  let failure: unknown = null;
  for (const remove of deletes) {
    await remove().catch((error: unknown) => {
      failure ??= error;
    });
  }
  report(failure === null ? { step: 'cleanup', status: 'works' } : refusal('cleanup', failure));
}
