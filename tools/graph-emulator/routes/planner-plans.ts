import type { Ctx, Route } from '../context';
import { badRequest, GraphError, json, noContent, notFound, objectBody, type EmuRequest } from '../http';
import { checkOptions, context, project, selectList, validateSelect } from '../odata';
import { emptyCategories, identity, orderHintAt } from '../seed-planner';
import { BUCKET_PROPERTIES, PLAN_DETAILS_PROPERTIES, PLAN_PROPERTIES } from '../shapes';
import { plannerEtag, type PlanRecord } from '../store';
import { appIdOf } from '../app-ids';
import { changed, checkPlannerIfMatch, forbidden, limitReached, memberIdsOf, planFor, rejectUnknown } from './planner-common';
import { renderBucket, renderPlan, renderPlanDetails } from './planner-render';

function containerOf(ctx: Ctx, req: EmuRequest, body: Record<string, unknown>): PlanRecord['container'] {
  const container = (body.container ?? {}) as { url?: unknown; containerId?: unknown; type?: unknown };
  const url = typeof container.url === 'string' ? container.url : '';
  const groupId = /\/groups\/([^/?]+)$/.exec(url)?.[1] ?? (typeof body.owner === 'string' ? body.owner : undefined) ?? (container.type === 'group' ? String(container.containerId) : undefined);
  if (groupId) {
    const group = ctx.store.groups.get(groupId);
    if (!group) throw notFound(`The group '${groupId}' does not exist.`);
    if (!group.memberIds.includes(req.userId)) throw forbidden();
    return { containerId: groupId, type: 'group', url: `https://graph.microsoft.com/v1.0/groups/${groupId}` };
  }
  const rosterId = /\/planner\/rosters\/([^/?]+)$/.exec(url)?.[1] ?? (container.type === 'roster' ? String(container.containerId) : undefined);
  if (!rosterId) throw badRequest("A plan needs a container: 'container.url' of a group or a roster.");
  const roster = ctx.store.rosters.get(rosterId);
  if (!roster) throw notFound(`The roster '${rosterId}' does not exist.`);
  if (!roster.members.some((m) => m.userId === req.userId)) throw forbidden();
  if ([...ctx.store.plans.values()].some((p) => p.container.containerId === rosterId)) {
    throw new GraphError(409, 'Conflict', 'A roster can contain only one plan, and this roster already has one.');
  }
  return { containerId: rosterId, type: 'roster', url: `https://graph.microsoft.com/beta/planner/rosters/${rosterId}` };
}

function createPlan(req: EmuRequest, ctx: Ctx) {
  const body = objectBody(req);
  rejectUnknown(body, [...PLAN_PROPERTIES], 'plannerPlan', ['id', 'createdBy', 'createdDateTime']);
  if (typeof body.title !== 'string' || !body.title.trim()) throw badRequest("The property 'title' is required.");
  const container = containerOf(ctx, req, body);
  const plan: PlanRecord = {
    id: ctx.store.nextId('pln'),
    title: body.title,
    container,
    createdBy: identity(req.userId, appIdOf(req.headers)),
    createdDateTime: new Date(ctx.now()).toISOString(),
    version: 1,
    categoryDescriptions: emptyCategories(),
    detailsVersion: 1,
  };
  ctx.store.plans.set(plan.id, plan);
  const rendered = renderPlan(plan, req);
  return json({ ...context(req, 'planner/plans/$entity'), ...rendered }, 201, { ETag: String(rendered['@odata.etag']) });
}

function patchPlanDetails(req: EmuRequest, ctx: Ctx, plan: PlanRecord) {
  checkPlannerIfMatch(req, plannerEtag(`${plan.id}/details`, plan.detailsVersion));
  const body = objectBody(req);
  rejectUnknown(body, [...PLAN_DETAILS_PROPERTIES], 'plannerPlanDetails', ['id']);
  const categories = (body.categoryDescriptions ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(categories)) {
    if (!/^category([1-9]|1\d|2[0-5])$/.test(key) && !key.startsWith('@odata.')) throw badRequest(`The property '${key}' does not exist on type 'microsoft.graph.plannerCategoryDescriptions'.`);
    if (!key.startsWith('@odata.')) plan.categoryDescriptions[key] = value === null ? null : String(value);
  }
  plan.detailsVersion += 1;
  return changed(req, () => renderPlanDetails(plan));
}

function createBucket(req: EmuRequest, ctx: Ctx) {
  const body = objectBody(req);
  rejectUnknown(body, [...BUCKET_PROPERTIES], 'plannerBucket', ['id']);
  if (typeof body.planId !== 'string') throw badRequest("The property 'planId' is required.");
  if (typeof body.name !== 'string' || !body.name.trim()) throw badRequest("The property 'name' is required.");
  const plan = planFor(ctx, req, body.planId);
  const count = [...ctx.store.buckets.values()].filter((b) => b.planId === plan.id).length;
  if (count >= ctx.store.limits.bucketsPerPlan) throw limitReached('MaximumBucketsInProject', 'The plan already has the maximum number of buckets.');
  const bucket = { id: ctx.store.nextId('bkt'), planId: plan.id, name: body.name, orderHint: orderHintAt(count), version: 1 };
  ctx.store.buckets.set(bucket.id, bucket);
  return json({ ...context(req, 'planner/buckets/$entity'), ...renderBucket(bucket) }, 201);
}

function bucketFor(ctx: Ctx, req: EmuRequest, id: string) {
  const bucket = ctx.store.buckets.get(id);
  if (!bucket) throw notFound('The requested item is not found.');
  planFor(ctx, req, bucket.planId);
  return bucket;
}

const selected = (req: EmuRequest, item: Record<string, unknown>, known: readonly string[], type: string) => {
  checkOptions(req, ['$select']);
  const select = selectList(req);
  validateSelect(select, known, type);
  return project(item, select);
};

export const plannerPlanRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/me\/planner\/plans$/,
    handle: (req, _p, ctx) => {
      checkOptions(req, ['$select', '$filter']);
      const plans = [...ctx.store.plans.values()].filter((p) => p.container.type === 'group' && memberIdsOf(ctx, p).includes(req.userId));
      return json({ ...context(req, 'planner/plans'), value: plans.map((p) => project(renderPlan(p, req), selectList(req))) });
    },
  },
  { method: 'POST', pattern: /^\/planner\/plans$/, handle: (req, _p, ctx) => createPlan(req, ctx) },
  {
    method: 'GET',
    pattern: /^\/planner\/plans\/([^/]+)$/,
    handle: (req, [id = ''], ctx) => json({ ...context(req, 'planner/plans/$entity'), ...selected(req, renderPlan(planFor(ctx, req, id), req), PLAN_PROPERTIES, 'plannerPlan') }),
  },
  {
    method: 'PATCH',
    pattern: /^\/planner\/plans\/([^/]+)$/,
    handle: (req, [id = ''], ctx) => {
      const plan = planFor(ctx, req, id);
      checkPlannerIfMatch(req, plannerEtag(plan.id, plan.version));
      const body = objectBody(req);
      rejectUnknown(body, [...PLAN_PROPERTIES], 'plannerPlan', ['id', 'container', 'owner', 'createdBy', 'createdDateTime']);
      if (typeof body.title === 'string') plan.title = body.title;
      plan.version += 1;
      return changed(req, () => renderPlan(plan, req));
    },
  },
  {
    method: 'GET',
    pattern: /^\/planner\/plans\/([^/]+)\/details$/,
    handle: (req, [id = ''], ctx) => json({ ...context(req, 'planner/plans/details/$entity'), ...selected(req, renderPlanDetails(planFor(ctx, req, id)), PLAN_DETAILS_PROPERTIES, 'plannerPlanDetails') }),
  },
  { method: 'PATCH', pattern: /^\/planner\/plans\/([^/]+)\/details$/, handle: (req, [id = ''], ctx) => patchPlanDetails(req, ctx, planFor(ctx, req, id)) },
  {
    method: 'GET',
    pattern: /^\/planner\/plans\/([^/]+)\/buckets$/,
    handle: (req, [id = ''], ctx) => {
      checkOptions(req, ['$select']);
      const plan = planFor(ctx, req, id);
      const buckets = [...ctx.store.buckets.values()].filter((b) => b.planId === plan.id);
      return json({ ...context(req, 'planner/buckets'), value: buckets.map((b) => project(renderBucket(b), selectList(req))) });
    },
  },
  { method: 'POST', pattern: /^\/planner\/buckets$/, handle: (req, _p, ctx) => createBucket(req, ctx) },
  { method: 'GET', pattern: /^\/planner\/buckets\/([^/]+)$/, handle: (req, [id = ''], ctx) => json(selected(req, renderBucket(bucketFor(ctx, req, id)), BUCKET_PROPERTIES, 'plannerBucket')) },
  {
    method: 'PATCH',
    pattern: /^\/planner\/buckets\/([^/]+)$/,
    handle: (req, [id = ''], ctx) => {
      const bucket = bucketFor(ctx, req, id);
      checkPlannerIfMatch(req, plannerEtag(bucket.id, bucket.version));
      const body = objectBody(req);
      rejectUnknown(body, [...BUCKET_PROPERTIES], 'plannerBucket', ['id', 'planId']);
      if (typeof body.name === 'string') bucket.name = body.name;
      if (typeof body.orderHint === 'string') bucket.orderHint = body.orderHint;
      bucket.version += 1;
      return changed(req, () => renderBucket(bucket));
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/planner\/buckets\/([^/]+)$/,
    handle: (req, [id = ''], ctx) => {
      const bucket = bucketFor(ctx, req, id);
      checkPlannerIfMatch(req, plannerEtag(bucket.id, bucket.version));
      ctx.store.buckets.delete(bucket.id);
      for (const task of ctx.store.tasks.values()) if (task.bucketId === bucket.id) ctx.store.tasks.delete(task.id);
      return noContent();
    },
  },
];
