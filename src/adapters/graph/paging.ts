import type { GraphClient, GraphRequestInit } from './graph-client';

export interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

export interface PagingOptions extends Pick<GraphRequestInit, 'headers' | 'version'> {
  /** Stop after this many pages (a runaway nextLink loop, a huge mailbox). */
  maxPages?: number;
}

/**
 * Every item of a collection, following `@odata.nextLink`. The same headers go with every page: Graph forgets
 * `Prefer: outlook.timezone` on a nextLink it does not see the header on. Stops at the page cap and when a link
 * repeats (a server bug would otherwise loop forever).
 */
export async function getAllPages<T>(client: GraphClient, path: string, options: PagingOptions = {}): Promise<T[]> {
  const maxPages = options.maxPages ?? 50;
  const seen = new Set<string>();
  const items: T[] = [];
  let next: string | undefined = path;
  for (let pages = 0; next !== undefined && pages < maxPages; pages += 1) {
    seen.add(next);
    const page: Page<T> = await client.json<Page<T>>(next, { headers: options.headers, version: options.version });
    items.push(...(page.value ?? []));
    const link: string | undefined = page['@odata.nextLink'];
    next = link !== undefined && !seen.has(link) ? link : undefined;
  }
  return items;
}

/** Continues a first page that came from elsewhere (a $batch answer) with the same rules. */
export async function continuePages<T>(client: GraphClient, first: Page<T>, options: PagingOptions = {}): Promise<T[]> {
  const link = first['@odata.nextLink'];
  const rest = link ? await getAllPages<T>(client, link, { ...options, maxPages: (options.maxPages ?? 50) - 1 }) : [];
  return [...(first.value ?? []), ...rest];
}
