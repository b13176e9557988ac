import type { Ctx } from '../context';
import { badRequest, GraphError, json, noContent, notFound, preferences, type EmuRequest, type EmuResponse } from '../http';
import type { PlanRecord } from '../store';

export const forbidden = (message = 'You do not have the required permissions to access this item.', code = 'Forbidden') =>
  new GraphError(403, code, message);

/** Planner's 403 limit answers carry the limit's name as the code (e.g. MaximumChecklistItemsOnTask). */
export const limitReached = (code: string, message: string) => new GraphError(403, code, message);

export function memberIdsOf(ctx: Ctx, plan: PlanRecord): string[] {
  if (plan.container.type === 'group') return ctx.store.groups.get(plan.container.containerId)?.memberIds ?? [];
  return ctx.store.rosters.get(plan.container.containerId)?.members.map((m) => m.userId) ?? [];
}

/** A plan the caller may use: only members of its group or roster see it (others get 403, as Planner answers). */
export function planFor(ctx: Ctx, req: EmuRequest, planId: string): PlanRecord {
  const plan = ctx.store.plans.get(planId);
  if (!plan) throw notFound(`The requested item is not found.`, 'ResourceNotFound');
  if (!memberIdsOf(ctx, plan).includes(req.userId)) throw forbidden();
  return plan;
}

/**
 * Planner requires If-Match on every PATCH and DELETE with the last ETag the client knows ("Update plannerTask":
 * "Last known ETag value … Required"). `*` is not an ETag the client knows: refused as an invalid ETag (412), as
 * is a stale one, so a client can never overwrite a change it has not seen.
 */
export function checkPlannerIfMatch(req: EmuRequest, etag: string): void {
  const ifMatch = req.headers['if-match'];
  if (!ifMatch) throw badRequest('The If-Match header must be specified for this kind of request.', 'BadRequest');
  if (ifMatch.trim() === '*') {
    throw new GraphError(412, 'PreconditionFailed', "The If-Match header must carry the resource's last known ETag; '*' is not accepted.");
  }
  if (ifMatch !== etag) {
    throw new GraphError(412, 'PreconditionFailed', 'The request is invalid because the value of the If-Match header does not match the current ETag of the resource.');
  }
}

/** `Prefer: return=representation` gets the changed resource (200); otherwise 204, as Planner does. */
export function changed(req: EmuRequest, render: () => Record<string, unknown>): EmuResponse {
  if (preferences(req.headers).get('return') === 'representation') {
    const body = render();
    return json(body, 200, { ETag: String(body['@odata.etag']) });
  }
  return noContent();
}

export function rejectUnknown(body: Record<string, unknown>, known: readonly string[], typeName: string, readOnly: string[] = []): void {
  for (const key of Object.keys(body)) {
    if (key.startsWith('@odata.')) continue;
    if (!known.includes(key)) throw badRequest(`The property '${key}' does not exist on type 'microsoft.graph.${typeName}'.`, 'BadRequest');
    if (readOnly.includes(key)) throw badRequest(`The property '${key}' of type 'microsoft.graph.${typeName}' cannot be written.`, 'BadRequest');
  }
}
