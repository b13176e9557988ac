import type { RunningEmulator } from '../../../tools/graph-emulator';
import { requests, reset, setFaults, state } from '../../../tools/graph-emulator/control-client';
import { emulatorForFile, errorCode, graph, NOW } from './support';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await emulatorForFile();
});
afterAll(() => emulator.close());
beforeEach(() => reset(emulator.url, { now: NOW }));

const APPROOT = '/me/drive/special/approot:/state.json:';
const FALLBACK = '/me/drive/root:/Apps/Rapport/state.json:';
const put = (path: string, content: unknown, headers: Record<string, string> = {}) =>
  graph(emulator.url, `${path}/content`, { method: 'PUT', body: JSON.stringify(content), headers: { 'Content-Type': 'application/json', ...headers } });

describe('drive: the manager document', () => {
  it('has no document at first (404 itemNotFound)', async () => {
    const missing = await graph(emulator.url, APPROOT);
    expect(missing.status).toBe(404);
    expect(errorCode(missing)).toBe('itemNotFound');
  });

  it('creates with PUT, reads the item, then the content via a 302 to a download URL needing no token', async () => {
    const created = await put(APPROOT, { schemaVersion: 1 });
    expect(created.status).toBe(201);
    const item = await graph(emulator.url, APPROOT);
    expect(item.body).toMatchObject({ name: 'state.json', eTag: created.body.eTag, size: 19 });
    const redirect = await graph(emulator.url, `${APPROOT}/content`);
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location') as string;
    expect(location).toBe(item.body['@microsoft.graph.downloadUrl']);
    const download = await fetch(location);
    expect(download.status).toBe(200);
    expect(await download.json()).toEqual({ schemaVersion: 1 });
  });

  it('lets latency rules slow the download URL too (a round trip of its own in a tenant), and logs it', async () => {
    const created = await put(APPROOT, { schemaVersion: 1 });
    await setFaults(emulator.url, [{ path: '.*', inBatch: false, latencyMs: [200, 200] }]);
    const download = await fetch(created.body['@microsoft.graph.downloadUrl'] as string);
    expect(await download.json()).toEqual({ schemaVersion: 1 });
    const logged = (await requests(emulator.url)).filter((entry) => entry.path.startsWith('/_emulator/download/'));
    expect(logged).toHaveLength(1);
    expect(logged[0]?.durationMs).toBeGreaterThanOrEqual(200);
  });

  it('replaces with If-Match and answers 412 on a stale eTag', async () => {
    const created = await put(APPROOT, { v: 1 });
    const replaced = await put(APPROOT, { v: 2 }, { 'If-Match': created.body.eTag as string });
    expect(replaced.status).toBe(200);
    expect(replaced.body.eTag).not.toBe(created.body.eTag);
    const stale = await put(APPROOT, { v: 3 }, { 'If-Match': created.body.eTag as string });
    expect(stale.status).toBe(412);
    const files = (await state(emulator.url)).files;
    expect(files.map((f) => f.content)).toEqual(['{"v":2}']);
  });

  it('creates only if absent with conflictBehavior=fail (409 nameAlreadyExists), and ignores the undocumented If-None-Match', async () => {
    const createOnly = (content: unknown) =>
      graph(emulator.url, `${APPROOT}/content?@microsoft.graph.conflictBehavior=fail`, { method: 'PUT', body: JSON.stringify(content), headers: { 'Content-Type': 'application/json' } });
    expect((await createOnly({ v: 1 })).status).toBe(201);
    const second = await createOnly({ v: 2 });
    expect(second.status).toBe(409);
    expect(errorCode(second)).toBe('nameAlreadyExists');
    // Not listed for an upload in the docs: a PUT carrying it replaces, as the default conflict behaviour says.
    expect((await put(APPROOT, { v: 3 }, { 'If-None-Match': '*' })).status).toBe(200);
    expect((await state(emulator.url)).files.map((f) => f.content)).toEqual(['{"v":3}']);
  });

  it('refuses the app folder when the tenant does, and the fallback folder names the same file', async () => {
    await reset(emulator.url, { now: NOW, approotForbidden: true });
    const refused = await graph(emulator.url, APPROOT);
    expect(refused.status).toBe(403);
    expect(errorCode(refused)).toBe('accessDenied');
    expect((await graph(emulator.url, '/me/drive/special/approot')).status).toBe(403);
    const created = await put(FALLBACK, { fallback: true });
    expect(created.status).toBe(201);
    expect((await graph(emulator.url, FALLBACK)).body.parentReference).toMatchObject({ path: '/drive/root:/Apps/Rapport' });
    await reset(emulator.url, { now: NOW });
    await put(FALLBACK, { same: 'file' });
    expect((await graph(emulator.url, APPROOT)).body.size).toBe(15);
  });

  it('stores any bytes, even a body that is not valid JSON', async () => {
    const created = await graph(emulator.url, `${APPROOT}/content`, { method: 'PUT', body: '{half', headers: { 'Content-Type': 'application/json' } });
    expect(created.status).toBe(201);
    expect(await (await fetch(created.body['@microsoft.graph.downloadUrl'] as string)).text()).toBe('{half');
  });

  it('keeps each user their own drive, and serves items by id', async () => {
    const created = await put(APPROOT, { mine: true });
    expect((await graph(emulator.url, APPROOT, { token: 'demo:noa.cohen@contoso.com' })).status).toBe(404);
    const byId = await graph(emulator.url, `/me/drive/items/${created.body.id as string}`);
    expect(byId.body.name).toBe('state.json');
    const folder = await graph(emulator.url, '/me/drive/special/approot');
    expect(folder.body).toMatchObject({ name: 'Rapport', folder: { childCount: 1 }, specialFolder: { name: 'approot' } });
  });
});
