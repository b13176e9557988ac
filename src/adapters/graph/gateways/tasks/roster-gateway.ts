import type { Person } from '../../../../domain/model/people';
import { GraphServiceError, isRapportError, RapportError, RosterRefusedError } from '../../../../ports/errors';
import type { Batcher } from '../../batch';
import type { GraphClient } from '../../graph-client';

/**
 * Every beta call of Rapport lives here (docs/contracts.md §1): Planner rosters. When rosters reach v1.0, this file moves.
 * Roster rules: one plan per roster; a roster without a plan is deleted after 24 h, so the plan is created at once.
 */
interface RosterPlanDto {
  id: string;
  title?: string;
  container?: { containerId?: string; type?: string; url?: string };
  createdBy?: { application?: { id?: string } | null } | null;
}
interface MemberDto {
  userId?: string;
}

export interface RosterPlan {
  planId: string;
  rosterId: string;
  title: string;
  memberIds: string[];
  /** The app that created the plan (`createdBy.application.id`): Rapport's client id for plans Rapport made. */
  createdByAppId: string | null;
}

const rosterIdOf = (plan: RosterPlanDto): string | null =>
  plan.container?.containerId ?? /\/rosters\/([^/?]+)/.exec(plan.container?.url ?? '')?.[1] ?? null;

/** The signed-in user's roster plans with their members (one list call, one batched round for members). */
export async function listRosterPlans(client: GraphClient, batch: Batcher): Promise<RosterPlan[]> {
  const found = await client.json<{ value?: RosterPlanDto[] }>('/me/planner/rosterPlans', { version: 'beta' });
  const plans = (found.value ?? []).flatMap((plan) => {
    const rosterId = rosterIdOf(plan);
    return rosterId ? [{ plan, rosterId }] : [];
  });
  if (plans.length === 0) return [];
  const members = await batch<{ value?: MemberDto[] }>(
    plans.map(({ rosterId }) => ({ method: 'GET' as const, url: `/planner/rosters/${encodeURIComponent(rosterId)}/members` })),
    { version: 'beta' },
  );
  return plans.flatMap(({ plan, rosterId }, index) => {
    const answer = members[index];
    if (!answer || answer.error) return [];
    const memberIds = (answer.body.value ?? []).flatMap((m) => (m.userId ? [m.userId] : []));
    return [{ planId: plan.id, rosterId, title: plan.title ?? '', memberIds, createdByAppId: plan.createdBy?.application?.id ?? null }];
  });
}

const membersPath = (rosterId: string) => `/planner/rosters/${encodeURIComponent(rosterId)}/members`;
const memberIdsOf = async (client: GraphClient, rosterId: string): Promise<string[]> =>
  ((await client.json<{ value?: MemberDto[] }>(membersPath(rosterId), { version: 'beta' })).value ?? []).flatMap((m) => (m.userId ? [m.userId] : []));

/**
 * Puts each person in the roster. The docs give 201 for an add and say nothing of adding someone who is already a
 * member (the creator may be one already), so no single status is trusted: after the adds the members are read
 * again, and only a person still missing is an error (the first add error met, else a 'graph' error).
 */
async function ensureMembers(client: GraphClient, rosterId: string, people: Person[]): Promise<void> {
  let firstError: unknown = null;
  for (const person of people) {
    await client.json(membersPath(rosterId), { method: 'POST', version: 'beta', body: { userId: person.id } }).catch((error: unknown) => {
      firstError ??= error;
    });
  }
  if (firstError === null) return;
  const members = await memberIdsOf(client, rosterId);
  const missing = people.filter((person) => !members.includes(person.id));
  if (missing.length === 0) return;
  throw isRapportError(firstError) ? firstError : new RapportError('graph', `roster ${rosterId}: ${missing.map((p) => p.id).join(', ')} could not be added`);
}

/**
 * A roster with both people in it, then its plan. The roster and plan creates are POSTs: an ambiguous failure
 * surfaces as 'outcome-unknown'. A refused roster create (turned off, or a label required) is a RosterRefusedError.
 */
export async function createRosterPlan(client: GraphClient, title: string, people: Person[]): Promise<{ rosterId: string; planId: string }> {
  const roster = await client.json<{ id: string }>('/planner/rosters', { method: 'POST', version: 'beta', body: {} }).catch((error: unknown) => {
    if (error instanceof GraphServiceError && error.status === 403) {
      throw new RosterRefusedError(/sensitivityLabelsAreMandatory/i.test(error.code) ? 'label-required' : 'disabled', error);
    }
    throw error;
  });
  await ensureMembers(client, roster.id, people);
  const plan = await client.json<{ id: string }>('/planner/plans', {
    method: 'POST',
    version: 'beta',
    body: { title, container: { url: `${client.baseUrl}/beta/planner/rosters/${roster.id}`, containerId: roster.id, type: 'roster' } },
  });
  return { rosterId: roster.id, planId: plan.id };
}
