import { createHash } from 'node:crypto';
import type { Ctx, Route } from '../context';
import { GraphError, json, type EmuRequest, type EmuResponse } from '../http';
import { fileKey, type FileRecord } from '../store';

/** The app folder of the demo app; `special/approot` is `/Apps/Rapport` of the signed-in user's drive. */
export const APP_FOLDER = '/Apps/Rapport';
const DOWNLOAD_PREFIX = '/_emulator/download/';

const itemNotFound = () => new GraphError(404, 'itemNotFound', 'The resource could not be found.');
const approotDenied = () => new GraphError(403, 'accessDenied', 'Access denied. The app folder is not available in this tenant.');

function driveIdOf(userId: string): string {
  return `b!${Buffer.from(userId).toString('base64url')}`;
}

/** OneDrive's eTag / cTag forms: `"{GUID},version"`. */
function guidOf(id: string): string {
  const hex = createHash('md5').update(id).digest('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
export const eTagOf = (file: FileRecord) => `"{${guidOf(file.id)}},${file.version}"`;

export function renderFile(ctx: Ctx, file: FileRecord, origin: string): Record<string, unknown> {
  const owner = ctx.store.users.get(file.ownerId);
  const modifier = ctx.store.users.get(file.lastModifiedById);
  const slash = file.path.lastIndexOf('/');
  const parentPath = file.path.slice(0, slash);
  return {
    '@microsoft.graph.downloadUrl': `${origin}${DOWNLOAD_PREFIX}${encodeURIComponent(file.id)}?tempauth=${Buffer.from(`${file.id}:${file.version}`).toString('base64url')}`,
    createdDateTime: file.createdDateTime,
    eTag: eTagOf(file),
    id: file.id,
    lastModifiedDateTime: file.lastModifiedDateTime,
    name: file.path.slice(slash + 1),
    webUrl: `https://contoso-my.sharepoint.com/personal/${(owner?.userPrincipalName ?? '').replace(/[@.]/g, '_')}/Documents${encodeURI(file.path)}`,
    cTag: `"c:{${guidOf(file.id)}},${file.version}"`,
    size: file.content.length,
    createdBy: { user: { id: file.createdById, displayName: owner?.displayName ?? '' } },
    lastModifiedBy: { user: { id: file.lastModifiedById, displayName: modifier?.displayName ?? '' } },
    parentReference: { driveType: 'business', driveId: driveIdOf(file.ownerId), id: guidOf(`${file.ownerId}:${parentPath}`), path: `/drive/root:${parentPath}` },
    file: { mimeType: file.mimeType, hashes: { quickXorHash: createHash('sha1').update(file.content).digest('base64') } },
  };
}

function appFolder(req: EmuRequest, ctx: Ctx): Record<string, unknown> {
  const children = [...ctx.store.files.values()].filter((f) => f.ownerId === req.userId && f.path.toLowerCase().startsWith(`${APP_FOLDER.toLowerCase()}/`));
  return {
    id: guidOf(`${req.userId}:${APP_FOLDER}`),
    name: 'Rapport',
    createdDateTime: new Date(ctx.now()).toISOString(),
    lastModifiedDateTime: new Date(ctx.now()).toISOString(),
    parentReference: { driveType: 'business', driveId: driveIdOf(req.userId), path: '/drive/root:/Apps' },
    folder: { childCount: children.length },
    specialFolder: { name: 'approot' },
  };
}

/** `special/approot:/x:` and `root:/Apps/Rapport/x:` name the same file; the first may be refused by the tenant. */
function pathOf(ctx: Ctx, kind: string, relative: string): string {
  if (kind === 'special/approot') {
    if (ctx.store.flags.approotForbidden) throw approotDenied();
    return `${APP_FOLDER}/${relative}`;
  }
  return `/${relative}`;
}

function readItem(req: EmuRequest, ctx: Ctx, path: string, content: boolean): EmuResponse {
  const file = ctx.store.files.get(fileKey(req.userId, path));
  if (!file) throw itemNotFound();
  const rendered = renderFile(ctx, file, req.origin);
  if (!content) return json({ '@odata.context': `${req.origin}/${req.version}/$metadata#users('${req.userId}')/drive/root/$entity`, ...rendered });
  // Graph answers content with a redirect to a pre-authenticated URL, fetched without a token.
  return { status: 302, headers: { Location: String(rendered['@microsoft.graph.downloadUrl']) } };
}

function writeItem(req: EmuRequest, ctx: Ctx, path: string): EmuResponse {
  const key = fileKey(req.userId, path);
  const existing = ctx.store.files.get(key);
  const ifMatch = req.headers['if-match'];
  if ((ifMatch && ifMatch !== '*' && (!existing || ifMatch !== eTagOf(existing))) || (ifMatch === '*' && !existing)) {
    throw new GraphError(412, 'resourceModified', "ETag does not match current item's value");
  }
  // "Create only if absent" is the documented `@microsoft.graph.conflictBehavior=fail` in the URL (driveItem resource,
  // instance attributes; the default for PUT is replace). `If-None-Match` is not documented for an upload: ignored,
  // so a client relying on it overwrites, as it might in a tenant.
  const conflict = req.query.get('@microsoft.graph.conflictBehavior') ?? 'replace';
  if (!['fail', 'replace'].includes(conflict)) throw new GraphError(400, 'invalidRequest', `The emulator supports conflictBehavior fail and replace, not '${conflict}'.`);
  if (existing && conflict === 'fail') throw new GraphError(409, 'nameAlreadyExists', 'The specified item name already exists.');
  const content = req.rawBody ?? Buffer.from(typeof req.body === 'string' ? req.body : JSON.stringify(req.body ?? ''));
  const now = new Date(ctx.now()).toISOString();
  const mimeType = (req.headers['content-type'] ?? 'application/octet-stream').split(';')[0] ?? 'application/octet-stream';
  const file: FileRecord = existing
    ? { ...existing, content, mimeType, version: existing.version + 1, lastModifiedDateTime: now, lastModifiedById: req.userId }
    : { id: ctx.store.nextId('01F'), ownerId: req.userId, path, content, mimeType, version: 1, createdDateTime: now, lastModifiedDateTime: now, createdById: req.userId, lastModifiedById: req.userId };
  ctx.store.files.set(key, file);
  return json(renderFile(ctx, file, req.origin), existing ? 200 : 201);
}

function fileById(req: EmuRequest, ctx: Ctx, id: string): FileRecord {
  const file = [...ctx.store.files.values()].find((f) => f.id === id && f.ownerId === req.userId);
  if (!file) throw itemNotFound();
  return file;
}

const PATH_ROUTE = /^\/me\/drive\/(special\/approot|root):\/(.+?):?$/;
const CONTENT_ROUTE = /^\/me\/drive\/(special\/approot|root):\/(.+?):\/content$/;

export const driveRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/me\/drive\/special\/approot$/,
    handle: (req, _p, ctx) => {
      if (ctx.store.flags.approotForbidden) throw approotDenied();
      return json(appFolder(req, ctx));
    },
  },
  { method: 'GET', pattern: CONTENT_ROUTE, handle: (req, [kind = '', rel = ''], ctx) => readItem(req, ctx, pathOf(ctx, kind, rel), true) },
  { method: 'PUT', pattern: CONTENT_ROUTE, handle: (req, [kind = '', rel = ''], ctx) => writeItem(req, ctx, pathOf(ctx, kind, rel)) },
  { method: 'GET', pattern: PATH_ROUTE, handle: (req, [kind = '', rel = ''], ctx) => readItem(req, ctx, pathOf(ctx, kind, rel), false) },
  { method: 'GET', pattern: /^\/me\/drive\/items\/([^/]+)$/, handle: (req, [id = ''], ctx) => json(renderFile(ctx, fileById(req, ctx, id), req.origin)) },
  { method: 'GET', pattern: /^\/me\/drive\/items\/([^/]+)\/content$/, handle: (req, [id = ''], ctx) => readItem(req, ctx, fileById(req, ctx, id).path, true) },
  { method: 'PUT', pattern: /^\/me\/drive\/items\/([^/]+)\/content$/, handle: (req, [id = ''], ctx) => writeItem(req, ctx, fileById(req, ctx, id).path) },
  {
    method: 'DELETE',
    pattern: /^\/me\/drive\/items\/([^/]+)$/,
    handle: (req, [id = ''], ctx) => {
      const file = fileById(req, ctx, id);
      const ifMatch = req.headers['if-match'];
      if (ifMatch && ifMatch !== eTagOf(file)) throw new GraphError(412, 'resourceModified', "ETag does not match current item's value");
      ctx.store.files.delete(fileKey(file.ownerId, file.path));
      return { status: 204 };
    },
  },
];

/** The pre-authenticated download URL (no token, CORS open), as Graph's `@microsoft.graph.downloadUrl`. */
export function download(ctx: Ctx, path: string): EmuResponse | undefined {
  if (!path.startsWith(DOWNLOAD_PREFIX)) return undefined;
  const id = decodeURIComponent(path.slice(DOWNLOAD_PREFIX.length));
  const file = [...ctx.store.files.values()].find((f) => f.id === id);
  if (!file) return { status: 404, headers: { 'Content-Type': 'text/plain' }, raw: Buffer.from('Not found') };
  return { status: 200, headers: { 'Content-Type': file.mimeType, ETag: eTagOf(file) }, raw: file.content };
}
