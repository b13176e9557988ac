import type { RuntimeConfig, TokenProvider } from '../../ports/auth';
import type { CalendarPort, DirectoryPort, ManagerDocumentPort, TasksPort } from '../../ports/graph-ports';
import type { TranscriptsPort } from '../../ports/transcripts';
import type { TenantProbePort } from '../../ports/tenant-check';
import { createBatcher, type Batcher } from './batch';
import { createGraphClient, type GraphClient } from './graph-client';
import { createCalendarGateway } from './gateways/calendar-gateway';
import { createDirectoryGateway } from './gateways/directory-gateway';
import { createTasksGateway } from './gateways/tasks/tasks-gateway';
import { createDocumentGateway } from './gateways/document/document-gateway';
import { createTenantProbe } from './gateways/tenant-probe';
import { createPipeline } from './pipeline/create-pipeline';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './pipeline/retry-policy';

export type { GraphClient } from './graph-client';
export type { Batcher, BatchItem, BatchResult } from './batch';
export { getAllPages } from './paging';
/** Starts loading the calendar's zone table chunk ahead of the first calendar read (the Teams tab's entry does). */
export { loadWindowsZones as preloadZoneTable } from './gateways/zone-table';

export interface GraphAdapterOptions {
  config: Pick<RuntimeConfig, 'graphBaseUrl'>;
  tokens: TokenProvider;
  fetch?: typeof fetch;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  retry?: Partial<RetryPolicy>;
  /** One attempt's limit before it counts as "no answer" (default 30 s). */
  attemptTimeoutMs?: number;
  /** Events per calendarView page. */
  calendarPageSize?: number;
  /** Rapport's client id (config.clientId in a tenant): pair plans it did not create are never adopted. */
  appId?: string | null;
}

export interface GraphAdapters {
  calendar: CalendarPort;
  directory: DirectoryPort;
  tasks: TasksPort;
  managerDocument: ManagerDocumentPort;
  /** Teams transcripts of past 1:1s; its code loads as its own chunk on first use (the Talk page). */
  transcripts: TranscriptsPort;
  /** The tenant check's one-capability calls (src/features/tenant-check). */
  tenantProbe: TenantProbePort;
  /** For the rare direct call; features go through the ports. */
  graph: GraphClient;
  batch: Batcher;
}

/** The one place the Graph pipeline is built; shells call this once per page. */
export function createGraphAdapters(options: GraphAdapterOptions): GraphAdapters {
  const time = {
    now: options.now ?? (() => Date.now()),
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
  };
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  // Unbound `fetch` throws "Illegal invocation" in browsers.
  const fetchImpl = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const pipeline = createPipeline({ tokens: options.tokens, fetch: fetchImpl, time, policy, maxInFlight: 4, attemptTimeoutMs: options.attemptTimeoutMs ?? 30_000 });
  const graph = createGraphClient(options.config.graphBaseUrl, pipeline);
  const batch = createBatcher(graph, time, policy);
  return {
    graph,
    batch,
    calendar: createCalendarGateway(graph, batch, { pageSize: options.calendarPageSize }),
    directory: createDirectoryGateway(graph, batch),
    tasks: createTasksGateway(graph, batch, time.now, options.appId ?? null),
    managerDocument: createDocumentGateway(graph),
    transcripts: {
      transcripts: async (meetings) => (await import('./gateways/transcripts/transcripts-gateway')).createTranscriptsGateway(batch).transcripts(meetings),
    },
    tenantProbe: createTenantProbe(graph),
  };
}
