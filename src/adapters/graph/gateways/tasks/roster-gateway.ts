import type { Person } from '../../../../domain/model/people';
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
}
interface MemberDto {
  userId?: string;
}

export interface RosterPlan {
  planId: string;
  rosterId: string;
  title: string;
  memberIds: string[];
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
    return [{ planId: plan.id, rosterId, title: plan.title ?? '', memberIds: (answer.body.value ?? []).flatMap((m) => (m.userId ? [m.userId] : [])) }];
  });
}

/** A roster with both people in it, then its plan. Each step is a POST: an ambiguous failure surfaces as 'outcome-unknown'. */
export async function createRosterPlan(client: GraphClient, title: string, people: Person[]): Promise<{ rosterId: string; planId: string }> {
  const roster = await client.json<{ id: string }>('/planner/rosters', { method: 'POST', version: 'beta', body: {} });
  for (const person of people) {
    await client.json(`/planner/rosters/${encodeURIComponent(roster.id)}/members`, { method: 'POST', version: 'beta', body: { userId: person.id } }).catch((error: unknown) => {
      // The creator may already be a member: 409 is fine, anything else is not.
      if (!(error && typeof error === 'object' && 'status' in error && error.status === 409)) throw error;
    });
  }
  const plan = await client.json<{ id: string }>('/planner/plans', {
    method: 'POST',
    version: 'beta',
    body: { title, container: { url: `${client.baseUrl}/beta/planner/rosters/${roster.id}`, containerId: roster.id, type: 'roster' } },
  });
  return { rosterId: roster.id, planId: plan.id };
}
