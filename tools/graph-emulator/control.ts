import type { RuntimeOptions } from './context';
import type { Emulator } from './emulator';
import { badRequest, json, noContent, type EmuResponse } from './http';
import { instancesOf } from './recurrence';
import { renderUser } from './routes/directory';
import { renderFile } from './routes/drive';
import { purgeExpiredRosters } from './routes/roster';
import { cancelledOccurrenceIds, renderEvent } from './routes/event-render';
import { renderBucket, renderPlan, renderPlanDetails, renderTask, renderTaskDetails } from './routes/planner-render';
import { UTC_ZONE } from './time';

/** The state in Graph shapes: events as stored (masters with their cancelled occurrences, exceptions inlined). */
function state(emulator: Emulator, origin: string): unknown {
  const { store } = emulator;
  const ctx = emulator.ctx();
  const beta = { version: 'beta', headers: {}, origin } as never;
  const events = [...store.events.values()].map((event) => {
    const options = { zone: UTC_ZONE, bodyType: 'html' as const, viewerId: event.organizerId, store };
    const rendered = renderEvent(event, undefined, options);
    if (!event.recurrence) return rendered;
    const exceptions = instancesOf(event).filter((i) => i.type === 'exception').map((i) => renderEvent(event, i, options));
    return { ...rendered, cancelledOccurrences: cancelledOccurrenceIds(event), exceptionOccurrences: exceptions };
  });
  return {
    now: new Date(emulator.now()).toISOString(),
    users: [...store.users.values()].map(renderUser),
    events,
    rosters: [...store.rosters.values()].map((r) => ({ id: r.id, assignedSensitivityLabel: null, members: r.members.map((m) => ({ ...m, tenantId: store.tenantId })) })),
    plans: [...store.plans.values()].map((p) => ({ ...renderPlan(p, beta), details: renderPlanDetails(p) })),
    buckets: [...store.buckets.values()].map(renderBucket),
    tasks: [...store.tasks.values()].map(renderTask),
    taskDetails: [...store.tasks.values()].map(renderTaskDetails),
    files: [...store.files.values()].map((f) => ({ ...renderFile(ctx, f, origin), path: f.path, ownerId: f.ownerId, content: f.content.toString('utf8') })),
  };
}

/**
 * `/_emulator/reset | faults | requests | state` (docs/contracts.md §3), plus `clock` (move the frozen clock without a
 * reload). Not Graph: no auth.
 */
export function control(emulator: Emulator, method: string, path: string, query: URLSearchParams, body: unknown, origin: string): EmuResponse | undefined {
  const input = (body ?? {}) as Record<string, unknown>;
  if (path === '/_emulator/reset' && method === 'POST') {
    try {
      emulator.reset(input as Partial<RuntimeOptions>);
    } catch (error) {
      throw badRequest(error instanceof Error ? error.message : String(error));
    }
    return json({ ok: true, now: new Date(emulator.now()).toISOString(), options: emulator.options });
  }
  if (path === '/_emulator/clock' && method === 'POST') {
    try {
      emulator.setNow(typeof input.now === 'string' ? input.now : undefined);
    } catch (error) {
      throw badRequest(error instanceof Error ? error.message : String(error));
    }
    return json({ now: new Date(emulator.now()).toISOString() });
  }
  if (path === '/_emulator/faults' && method === 'POST') {
    emulator.faults.set(input.rules, input.seed);
    return json({ rules: emulator.faults.list() });
  }
  if (path === '/_emulator/faults' && method === 'DELETE') {
    emulator.faults.clear();
    return noContent();
  }
  if (path === '/_emulator/faults' && method === 'GET') return json({ rules: emulator.faults.list() });
  if (path === '/_emulator/requests' && method === 'GET') return json(emulator.log.since(Number(query.get('since') ?? 0)));
  if (path === '/_emulator/state' && method === 'GET') {
    purgeExpiredRosters(emulator.ctx());
    return json(state(emulator, origin));
  }
  return undefined;
}
