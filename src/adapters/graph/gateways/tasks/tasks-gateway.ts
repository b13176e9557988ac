import type { Person } from '../../../../domain/model/people';
import type { NewTask, PairPlan, PlannerTask } from '../../../../domain/model/tasks';
import { isRapportError } from '../../../../ports/errors';
import type { TasksPort } from '../../../../ports/graph-ports';
import type { Batcher } from '../../batch';
import type { GraphClient } from '../../graph-client';
import { continuePages, type Page } from '../../paging';
import { createBucketListing } from './bucket-listing';
import { BUCKET_FOLLOW_UPS, BUCKET_TOPICS, ensureBuckets, ensurePromiseCategory } from './plan-setup';
import { changeBody, newTaskBody, toPlannerTask, type PlannerTaskDto } from './planner-mapping';
import { createRosterPlan, listRosterPlans, type RosterPlan } from './roster-gateway';
import { createTaskDetails } from './task-details';

const enc = encodeURIComponent;
const RETURN_TASK = { Prefer: 'return=representation' };
const PAIR_PLAN_TITLE_PREFIX = '1:1 · ';
export const pairPlanTitle = (manager: Person, report: Person) => `${PAIR_PLAN_TITLE_PREFIX}${manager.displayName} & ${report.displayName}`;

const isKind = (error: unknown, ...kinds: string[]) => isRapportError(error) && kinds.includes(error.kind);

/** How long a listing of roster plans serves further findPairPlan calls (a team page asks for every report at once). */
const ROSTER_LISTING_MS = 60_000;

/**
 * Whether a roster plan looks like one Rapport made for this pair, before its buckets are checked: exactly the
 * two of them, Rapport's title form, and, when Rapport's app id is known (a tenant's client id), created by
 * Rapport. Membership alone never makes a plan ours: Loop and meeting-notes task lists are roster plans too.
 */
const isRapportPairPlan = (plan: RosterPlan, manager: Person, report: Person, appId: string | null): boolean =>
  plan.memberIds.length === 2 &&
  plan.memberIds.includes(report.id) &&
  plan.memberIds.includes(manager.id) &&
  plan.title.startsWith(PAIR_PLAN_TITLE_PREFIX) &&
  (appId === null || plan.createdByAppId === appId);

/**
 * `appId`: Rapport's client id in a tenant (plans Rapport creates carry it as `createdBy.application.id`); null in
 * the demo, where the title and buckets decide.
 */
export const createTasksGateway = (client: GraphClient, batch: Batcher, now: () => number = () => Date.now(), appId: string | null = null): TasksPort => {
  let listing: { at: number; plans: Promise<RosterPlan[]> } | null = null;
  const rosterPlans = (): Promise<RosterPlan[]> => {
    if (!listing || now() - listing.at > ROSTER_LISTING_MS) {
      const plans = listRosterPlans(client, batch);
      listing = { at: now(), plans };
      plans.catch(() => {
        if (listing?.plans === plans) listing = null;
      });
    }
    return listing.plans;
  };

  const listBuckets = createBucketListing(client, batch);
  const pairBuckets = async (planId: string, known?: PairPlan['buckets']) => {
    const names = [BUCKET_FOLLOW_UPS, BUCKET_TOPICS];
    const ids = await ensureBuckets(client, batch, planId, names, { [BUCKET_FOLLOW_UPS]: known?.followUps, [BUCKET_TOPICS]: known?.topics }, listBuckets);
    return { followUps: ids[BUCKET_FOLLOW_UPS] ?? '', topics: ids[BUCKET_TOPICS] ?? '' };
  };

  const { getDetails, setDescription, setDescriptions, describe } = createTaskDetails(client, batch);

  return {
    async findPairPlan(manager, report, known) {
      if (known) {
        try {
          return { ...known, reportId: report.id, buckets: await pairBuckets(known.planId, known.buckets) };
        } catch (error) {
          if (!isKind(error, 'not-found')) throw error;
          // The plan was deleted (by a person, or a roster cleanup): look for another, else the caller creates one.
        }
      }
      if (known) listing = null; // the known plan is gone: the listing may be as old as it
      for (let attempt = 0; ; attempt += 1) {
        const plans = await rosterPlans();
        const candidates = plans.filter((plan) => plan.planId !== known?.planId && isRapportPairPlan(plan, manager, report, appId));
        try {
          for (const candidate of candidates) {
            // A check of the plan itself: Rapport's two buckets are there (a Loop or meeting-notes list has neither).
            const existing = await listBuckets(candidate.planId);
            const names = new Set(existing.map((bucket) => bucket.name));
            if (!names.has(BUCKET_FOLLOW_UPS) || !names.has(BUCKET_TOPICS)) continue;
            const ids = await ensureBuckets(client, batch, candidate.planId, [BUCKET_FOLLOW_UPS, BUCKET_TOPICS], {}, async () => existing);
            return { reportId: report.id, planId: candidate.planId, rosterId: candidate.rosterId, buckets: { followUps: ids[BUCKET_FOLLOW_UPS] ?? '', topics: ids[BUCKET_TOPICS] ?? '' } };
          }
          return null;
        } catch (error) {
          // Gone since the listing was made: list again, once.
          if (!isKind(error, 'not-found') || attempt >= 1) throw error;
          listing = null;
        }
      }
    },

    async createPairPlan(manager, report) {
      listing = null;
      const { rosterId, planId } = await createRosterPlan(client, pairPlanTitle(manager, report), [manager, report]);
      const buckets = await pairBuckets(planId);
      await ensurePromiseCategory(client, planId);
      return { reportId: report.id, planId, rosterId, buckets };
    },

    async listGroupPlans() {
      const plans = await client.json<Page<{ id: string; title?: string; container?: { containerId?: string; type?: string } }>>('/me/planner/plans', {
        headers: { Prefer: 'include-unknown-enum-members' },
      });
      return (plans.value ?? [])
        .filter((plan) => plan.container?.type === 'group')
        .map((plan) => ({ id: plan.id, title: plan.title ?? '', groupId: plan.container?.containerId ?? null }));
    },

    async ensureGroupPlanBuckets(groupPlanId, report) {
      const ids = await ensureBuckets(client, batch, groupPlanId, [report.displayName]);
      await ensurePromiseCategory(client, groupPlanId, true);
      const bucket = ids[report.displayName] ?? '';
      return { reportId: report.id, planId: groupPlanId, buckets: { followUps: bucket, topics: bucket } };
    },

    async listTasks(planIds) {
      const unique = [...new Set(planIds)];
      if (unique.length === 0) return [];
      const answers = await batch<Page<PlannerTaskDto>>(unique.map((id) => ({ method: 'GET' as const, url: `/planner/plans/${enc(id)}/tasks` })));
      const pages = await Promise.all(
        answers.map(async (answer) => {
          if (answer.error?.kind === 'not-found') return [];
          if (answer.error) throw answer.error;
          return continuePages<PlannerTaskDto>(client, answer.body);
        }),
      );
      return pages.flat().map(toPlannerTask);
    },

    async createTask(task) {
      const created = await client.json<PlannerTaskDto>('/planner/tasks', { method: 'POST', body: newTaskBody(task) });
      const [described] = await describe([toPlannerTask(created)], [task.description]);
      return described ?? toPlannerTask(created);
    },

    async createTasks(tasks: NewTask[]) {
      const answers = await batch<PlannerTaskDto>(tasks.map((task) => ({ method: 'POST' as const, url: '/planner/tasks', body: newTaskBody(task) })));
      const created = answers.flatMap((answer, index) => (answer.error ? [] : [{ task: toPlannerTask(answer.body), description: tasks[index]?.description }]));
      const described = new Map((await describe(created.map((c) => c.task), created.map((c) => c.description))).map((task) => [task.id, task]));
      return answers.map((answer): PlannerTask | Error => answer.error ?? described.get(answer.body.id) ?? toPlannerTask(answer.body));
    },

    async updateTask(task, change) {
      const path = `/planner/tasks/${enc(task.id)}`;
      const assignees = change.assigneeIds !== undefined && !task.assigneeIds ? toPlannerTask(await client.json<PlannerTaskDto>(path)).assigneeIds : (task.assigneeIds ?? []);
      const answer = await client.call<PlannerTaskDto | null>(path, {
        method: 'PATCH',
        headers: { 'If-Match': task.etag, ...RETURN_TASK },
        body: changeBody(change, assignees),
      });
      return toPlannerTask(answer.body?.id ? answer.body : await client.json<PlannerTaskDto>(path));
    },

    async deleteTask(task) {
      try {
        await client.call(`/planner/tasks/${enc(task.id)}`, { method: 'DELETE', headers: { 'If-Match': task.etag } });
      } catch (error) {
        if (!isKind(error, 'not-found')) throw error;
      }
    },

    getDetails,
    setDescription,
    setDescriptions,
  };
};
