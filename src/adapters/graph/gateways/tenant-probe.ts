import { DOCUMENT_FALLBACK_SCOPES } from '../../../ports/auth';
import { isRapportError, RapportError } from '../../../ports/errors';
import type { DocumentFolder, TenantProbePort } from '../../../ports/tenant-check';
import type { GraphClient } from '../graph-client';
import { APP_FOLDER_ITEM, FALLBACK_ITEM } from './document/document-gateway';

const enc = encodeURIComponent;
const folderOf = (folder: DocumentFolder) =>
  folder === 'app-folder' ? { root: '/me/drive/special/approot:', scopes: {} } : { root: '/me/drive/root:/Apps/Rapport', scopes: { scopes: DOCUMENT_FALLBACK_SCOPES } };

/** The tenant check's Graph calls: the same requests Rapport makes, one capability at a time. */
export const createTenantProbe = (client: GraphClient): TenantProbePort => ({
  async readProfile() {
    await client.json('/me?$select=id');
  },
  async readDirectReports() {
    return ((await client.json<{ value?: unknown[] }>('/me/directReports?$select=id')).value ?? []).length;
  },
  async findEvent() {
    return (await client.json<{ value?: Array<{ id: string }> }>('/me/events?$top=1&$select=id')).value?.[0]?.id ?? null;
  },
  async readEventBody(eventId) {
    await client.json(`/me/events/${enc(eventId)}?$select=body`);
  },
  async readDocument(folder) {
    const item = folder === 'app-folder' ? APP_FOLDER_ITEM : FALLBACK_ITEM;
    try {
      await client.json(item, folderOf(folder).scopes);
    } catch (error) {
      // No document yet is a working folder: Rapport creates it on first use.
      if (!(isRapportError(error) && error.kind === 'not-found')) throw error;
    }
  },
  async writeProbeFile(folder, name) {
    const { root, scopes } = folderOf(folder);
    const saved = await client.json<{ id?: string }>(`${root}/${enc(name)}:/content?@microsoft.graph.conflictBehavior=fail`, {
      method: 'PUT',
      ...scopes,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rapportTenantCheck: true }),
    });
    if (!saved.id) throw new RapportError('graph', `${root}/${name}: the upload returned no item id`);
    return saved.id;
  },
  async deleteFile(folder, itemId) {
    await client.call(`/me/drive/items/${enc(itemId)}`, { method: 'DELETE', ...folderOf(folder).scopes });
  },
  async createRoster() {
    return (await client.json<{ id: string }>('/planner/rosters', { method: 'POST', version: 'beta', body: {} })).id;
  },
  async createPlan(rosterId, title) {
    const container = { url: `${client.baseUrl}/beta/planner/rosters/${rosterId}`, containerId: rosterId, type: 'roster' };
    return (await client.json<{ id: string }>('/planner/plans', { method: 'POST', version: 'beta', body: { title, container } })).id;
  },
  async createBucket(planId, name) {
    return (await client.json<{ id: string }>('/planner/buckets', { method: 'POST', body: { name, planId, orderHint: ' !' } })).id;
  },
  async createTaskWithDetails(planId, bucketId, title) {
    const task = await client.json<{ id: string }>('/planner/tasks', { method: 'POST', body: { planId, bucketId, title } });
    const path = `/planner/tasks/${enc(task.id)}/details`;
    const details = await client.json<{ '@odata.etag'?: string }>(path);
    const etag = details['@odata.etag'];
    if (!etag) throw new RapportError('graph', `${path}: no ETag`);
    await client.call(path, { method: 'PATCH', headers: { 'If-Match': etag }, body: { description: 'Rapport tenant check' } });
    return task.id;
  },
  async deleteRoster(rosterId) {
    await client.call(`/planner/rosters/${enc(rosterId)}`, { method: 'DELETE', version: 'beta' });
  },
});
