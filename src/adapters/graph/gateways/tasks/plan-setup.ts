import { isRapportError, RapportError } from '../../../../ports/errors';
import type { Batcher } from '../../batch';
import type { GraphClient } from '../../graph-client';
import type { BucketDto, ListBuckets } from './bucket-listing';
import { PROMISE_CATEGORY } from './planner-mapping';

export const BUCKET_FOLLOW_UPS = 'Follow-ups';
export const BUCKET_TOPICS = 'Topics for our next 1:1';
export const PROMISE_LABEL = 'Promise';

/**
 * The plan's buckets for these names, creating the missing ones (in one batch). A bucket we know by id stays ours
 * even if someone renamed it. A plan that is gone → RapportError 'not-found'. `listBuckets` reads the plan's
 * buckets (the tasks gateway's batches the listings of plans looked up together).
 */
export async function ensureBuckets(
  client: GraphClient,
  batch: Batcher,
  planId: string,
  names: string[],
  known: Record<string, string | undefined> = {},
  listBuckets: ListBuckets = async (id) => (await client.json<{ value?: BucketDto[] }>(`/planner/plans/${encodeURIComponent(id)}/buckets`)).value ?? [],
): Promise<Record<string, string>> {
  const existing = await listBuckets(planId);
  const byName: Record<string, string> = {};
  for (const name of names) {
    const id = known[name];
    const match = existing.find((bucket) => bucket.id === id) ?? existing.find((bucket) => bucket.name === name);
    if (match) byName[name] = match.id;
  }
  const missing = names.filter((name) => !byName[name]);
  const created = await batch<BucketDto>(
    missing.map((name) => ({ method: 'POST' as const, url: '/planner/buckets', body: { name, planId, orderHint: ' !' } })),
  );
  created.forEach((answer, index) => {
    if (answer.error) throw answer.error;
    byName[missing[index] ?? ''] = answer.body.id;
  });
  return byName;
}

/**
 * Category 1 of the plan reads "Promise". Plan details have their own ETag; 412/409 → read again and retry.
 * In a shared group plan a label the team already gave category 1 is left alone (`keepExisting`).
 */
export async function ensurePromiseCategory(client: GraphClient, planId: string, keepExisting = false): Promise<void> {
  const path = `/planner/plans/${encodeURIComponent(planId)}/details`;
  for (let attempt = 0; ; attempt += 1) {
    const details = await client.json<{ '@odata.etag'?: string; categoryDescriptions?: Record<string, string | null> }>(path);
    const label = details.categoryDescriptions?.[PROMISE_CATEGORY];
    if (label === PROMISE_LABEL || (keepExisting && label)) return;
    // Planner takes only the last ETag we know, never `*` (docs/decisions/planner-etags.md).
    const etag = details['@odata.etag'];
    if (!etag) throw new RapportError('graph', `${path}: Planner sent no ETag, so the category cannot be written safely`);
    try {
      await client.call(path, {
        method: 'PATCH',
        headers: { 'If-Match': etag },
        body: { categoryDescriptions: { [PROMISE_CATEGORY]: PROMISE_LABEL } },
      });
      return;
    } catch (error) {
      if (!isRapportError(error) || error.kind !== 'conflict' || attempt >= 2) throw error;
    }
  }
}
