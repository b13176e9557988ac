import type { Ctx, Route } from '../context';
import { badRequest, GraphError, json, noContent, notFound, objectBody, type EmuRequest } from '../http';
import { checkOptions, context, project, selectList } from '../odata';
import type { RosterRecord } from '../store';
import { forbidden } from './planner-common';
import { renderPlan } from './planner-render';

const DAY_MS = 24 * 3600 * 1000;

/** A roster that still has no plan 24 hours after its creation is deleted (Planner's rule). */
export function purgeExpiredRosters(ctx: Ctx): void {
  const now = ctx.now();
  for (const roster of ctx.store.rosters.values()) {
    const hasPlan = [...ctx.store.plans.values()].some((p) => p.container.containerId === roster.id);
    if (!hasPlan && now - roster.createdDateTime >= DAY_MS) ctx.store.rosters.delete(roster.id);
  }
}

function rosterFor(ctx: Ctx, req: EmuRequest, id: string): RosterRecord {
  const roster = ctx.store.rosters.get(id);
  if (!roster) throw notFound('The requested item is not found.');
  if (!roster.members.some((m) => m.userId === req.userId)) throw forbidden();
  return roster;
}

const renderRoster = (roster: RosterRecord) => ({ id: roster.id, assignedSensitivityLabel: null });
const renderMember = (ctx: Ctx, member: RosterRecord['members'][number]) => ({
  id: member.id,
  userId: member.userId,
  tenantId: ctx.store.tenantId,
  roles: member.roles,
});

function addMember(req: EmuRequest, ctx: Ctx, roster: RosterRecord) {
  const body = objectBody(req);
  if (typeof body.userId !== 'string') throw badRequest("The property 'userId' is required.");
  if (body.tenantId !== undefined && body.tenantId !== ctx.store.tenantId) {
    throw badRequest('Only users of the same tenant can be added to a roster.');
  }
  const user = ctx.store.findUser(body.userId);
  if (!user || user.isRoom) throw badRequest(`The user '${body.userId}' is not a member of this tenant.`);
  if (roster.members.some((m) => m.userId === user.id)) throw new GraphError(409, 'Conflict', 'The user is already a member of the roster.');
  const member = { id: ctx.store.nextId('mbr'), userId: user.id, roles: [] as string[] };
  roster.members.push(member);
  return json({ ...context(req, 'planner/rosters/members/$entity'), ...renderMember(ctx, member) }, 201);
}

const BETA: Route['versions'] = ['beta'];

export const rosterRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/planner\/rosters$/,
    versions: BETA,
    handle: (req, _p, ctx) => {
      if (ctx.store.flags.rostersDisabled) throw new GraphError(403, 'Forbidden', 'Creating rosters is disabled in this tenant.');
      const id = ctx.store.nextId('rst');
      const roster: RosterRecord = { id, createdDateTime: ctx.now(), members: [{ id: ctx.store.nextId('mbr'), userId: req.userId, roles: [] }] };
      ctx.store.rosters.set(id, roster);
      return json({ ...context(req, 'planner/rosters/$entity'), ...renderRoster(roster) }, 201);
    },
  },
  { method: 'GET', pattern: /^\/planner\/rosters\/([^/]+)$/, versions: BETA, handle: (req, [id = ''], ctx) => json(renderRoster(rosterFor(ctx, req, id))) },
  {
    method: 'DELETE',
    pattern: /^\/planner\/rosters\/([^/]+)$/,
    versions: BETA,
    handle: (req, [id = ''], ctx) => {
      const roster = rosterFor(ctx, req, id);
      ctx.store.rosters.delete(roster.id);
      for (const plan of [...ctx.store.plans.values()].filter((p) => p.container.containerId === roster.id)) {
        ctx.store.plans.delete(plan.id);
        for (const b of [...ctx.store.buckets.values()]) if (b.planId === plan.id) ctx.store.buckets.delete(b.id);
        for (const t of [...ctx.store.tasks.values()]) if (t.planId === plan.id) ctx.store.tasks.delete(t.id);
      }
      return noContent();
    },
  },
  {
    method: 'GET',
    pattern: /^\/planner\/rosters\/([^/]+)\/members$/,
    versions: BETA,
    handle: (req, [id = ''], ctx) => json({ ...context(req, 'planner/rosters/members'), value: rosterFor(ctx, req, id).members.map((m) => renderMember(ctx, m)) }),
  },
  { method: 'POST', pattern: /^\/planner\/rosters\/([^/]+)\/members$/, versions: BETA, handle: (req, [id = ''], ctx) => addMember(req, ctx, rosterFor(ctx, req, id)) },
  {
    method: 'DELETE',
    pattern: /^\/planner\/rosters\/([^/]+)\/members\/([^/]+)$/,
    versions: BETA,
    handle: (req, [id = '', memberId = ''], ctx) => {
      const roster = rosterFor(ctx, req, id);
      const before = roster.members.length;
      roster.members = roster.members.filter((m) => m.id !== memberId && m.userId !== memberId);
      if (roster.members.length === before) throw notFound('The requested item is not found.');
      return noContent();
    },
  },
  {
    method: 'GET',
    pattern: /^\/planner\/rosters\/([^/]+)\/plans$/,
    versions: BETA,
    handle: (req, [id = ''], ctx) => {
      const roster = rosterFor(ctx, req, id);
      const plans = [...ctx.store.plans.values()].filter((p) => p.container.containerId === roster.id);
      return json({ ...context(req, 'planner/plans'), value: plans.map((p) => renderPlan(p, req)) });
    },
  },
  {
    method: 'GET',
    pattern: /^\/me\/planner\/rosterPlans$/,
    versions: BETA,
    handle: (req, _p, ctx) => {
      checkOptions(req, ['$select']);
      const mine = new Set([...ctx.store.rosters.values()].filter((r) => r.members.some((m) => m.userId === req.userId)).map((r) => r.id));
      const plans = [...ctx.store.plans.values()].filter((p) => p.container.type === 'roster' && mine.has(p.container.containerId));
      return json({ ...context(req, 'planner/plans'), value: plans.map((p) => project(renderPlan(p, req), selectList(req))) });
    },
  },
];
