import type { Batcher } from '../../batch';
import type { GraphClient } from '../../graph-client';

export interface BucketDto {
  id: string;
  name?: string;
}

/** The buckets of a plan. A plan that is gone → RapportError 'not-found'. */
export type ListBuckets = (planId: string) => Promise<BucketDto[]>;

interface Waiting {
  planId: string;
  resolve: (buckets: BucketDto[]) => void;
  reject: (error: unknown) => void;
}

const bucketsPath = (planId: string) => `/planner/plans/${encodeURIComponent(planId)}/buckets`;

/**
 * Bucket listings asked for in the same turn of the event loop go out as one `$batch`: a Team page looks up every
 * report's pair plan at once, and 12 GETs would take 3 rounds through the pipeline's 4 slots. A lone listing stays
 * a plain GET.
 */
export function createBucketListing(client: GraphClient, batch: Batcher): ListBuckets {
  let waiting: Waiting[] = [];

  const flush = async () => {
    const group = waiting;
    waiting = [];
    if (group.length === 1) {
      const [one] = group as [Waiting];
      client.json<{ value?: BucketDto[] }>(bucketsPath(one.planId)).then((page) => one.resolve(page.value ?? []), one.reject);
      return;
    }
    try {
      const answers = await batch<{ value?: BucketDto[] }>(group.map(({ planId }) => ({ method: 'GET' as const, url: bucketsPath(planId) })));
      answers.forEach((answer, index) => {
        const asked = group[index] as Waiting;
        if (answer.error) asked.reject(answer.error);
        else asked.resolve(answer.body?.value ?? []);
      });
    } catch (error) {
      for (const asked of group) asked.reject(error);
    }
  };

  return (planId) =>
    new Promise<BucketDto[]>((resolve, reject) => {
      if (waiting.length === 0) setTimeout(() => void flush(), 0);
      waiting.push({ planId, resolve, reject });
    });
}
