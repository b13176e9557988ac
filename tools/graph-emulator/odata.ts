import { badRequest, GraphError, type EmuRequest } from './http';
import { parseFilter, valueAt } from './odata-filter';

export type QueryOption = '$select' | '$filter' | '$orderby' | '$top' | '$skiptoken' | '$count';

/** The OData system query options a route accepts; any other `$…` option is a 400 naming it. */
export function checkOptions(req: EmuRequest, allowed: QueryOption[]): void {
  for (const key of req.query.keys()) {
    if (key.startsWith('$') && !allowed.includes(key as QueryOption)) {
      throw badRequest(`Query option '${key}' is not supported by the emulator on ${req.method} /${req.version}${req.path}.`);
    }
  }
}

export function selectList(req: EmuRequest): string[] | undefined {
  const raw = req.query.get('$select');
  if (raw === null) return undefined;
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Unknown names in `$select` are a 400, as Graph answers them. */
export function validateSelect(select: string[] | undefined, known: readonly string[], typeName: string): void {
  for (const name of select ?? []) {
    if (!known.includes(name)) {
      throw badRequest(`Could not find a property named '${name}' on type 'microsoft.graph.${typeName}'.`);
    }
  }
}

/** Keeps the selected properties, plus `id` and the OData annotations Graph always returns. */
export function project<T extends Record<string, unknown>>(item: T, select: string[] | undefined): Record<string, unknown> {
  if (!select) return item;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'id' || key.startsWith('@odata.') || select.includes(key)) result[key] = value;
  }
  return result;
}

export function applyFilter<T extends Record<string, unknown>>(items: T[], req: EmuRequest): T[] {
  const raw = req.query.get('$filter');
  if (raw === null) return items;
  const predicate = parseFilter(raw);
  return items.filter(predicate);
}

export function applyOrderBy<T extends Record<string, unknown>>(items: T[], req: EmuRequest): T[] {
  const raw = req.query.get('$orderby');
  if (raw === null) return items;
  const keys = raw.split(',').map((part) => {
    const [path = '', direction = 'asc'] = part.trim().split(/\s+/);
    if (!/^(asc|desc)$/i.test(direction)) throw badRequest(`Invalid $orderby direction '${direction}'.`);
    return { path, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
  });
  return [...items].sort((a, b) => {
    for (const { path, sign } of keys) {
      const x = valueAt(a, path) as string | number | null | undefined;
      const y = valueAt(b, path) as string | number | null | undefined;
      if (x === y) continue;
      if (x === undefined || x === null) return -sign;
      if (y === undefined || y === null) return sign;
      return (x < y ? -1 : 1) * sign;
    }
    return 0;
  });
}

const MAX_TOP = 1000;

export function pageSizeFor(req: EmuRequest, defaultSize: number): number {
  const top = req.query.get('$top');
  if (top === null) return defaultSize;
  const n = Number(top);
  if (!Number.isInteger(n) || n < 1) throw badRequest(`Invalid value '${top}' for $top.`);
  if (n > MAX_TOP) throw badRequest(`The value of $top must be at most ${MAX_TOP}.`);
  return n;
}

function readSkipToken(req: EmuRequest): number {
  const token = req.query.get('$skiptoken');
  if (token === null) return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!match) throw new GraphError(400, 'BadRequest', `The $skiptoken '${token}' is not valid.`);
  return Number(match[1]);
}

/** A page of a collection with `@odata.nextLink` carrying every other query option unchanged. */
export function page(items: unknown[], req: EmuRequest, pageSize: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const offset = readSkipToken(req);
  const value = items.slice(offset, offset + pageSize);
  const count = req.query.get('$count') === 'true' ? { '@odata.count': items.length } : {};
  const body: Record<string, unknown> = { ...extra, ...count, value };
  if (offset + pageSize < items.length) {
    const query = new URLSearchParams(req.query);
    query.set('$skiptoken', Buffer.from(`o:${offset + pageSize}`).toString('base64url'));
    // Graph writes the `$` of system query options literally.
    const text = [...query].map(([k, v]) => `${encodeURIComponent(k).replace(/^%24/, '$')}=${encodeURIComponent(v)}`).join('&');
    body['@odata.nextLink'] = `${req.origin}/${req.version}${encodeURI(req.path)}?${text}`;
  }
  return body;
}

export function context(req: EmuRequest, fragment: string): Record<string, string> {
  return { '@odata.context': `${req.origin}/${req.version}/$metadata#${fragment}` };
}
