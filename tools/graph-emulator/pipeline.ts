import type { Ctx, Route } from './context';
import { errorBody, errorResponse, GraphError, STATUS_CODES, type EmuRequest, type EmuResponse } from './http';
import type { Faults } from './faults';
import { holdFor } from './hold';
import { ROUTES } from './routes';
import { purgeExpiredRosters } from './routes/roster';

/** What the pipeline adds to a response for the request log. */
export interface Outcome {
  response: EmuResponse;
  fault?: number;
}

function findRoute(req: EmuRequest): { route: Route; params: string[] } | undefined {
  for (const route of ROUTES) {
    if (route.method !== req.method) continue;
    if (route.versions && !route.versions.includes(req.version)) continue;
    const match = route.pattern.exec(req.path);
    if (match) return { route, params: match.slice(1).map((p) => p ?? '') };
  }
  return undefined;
}

function unknownRoute(req: EmuRequest): GraphError {
  const otherMethod = ROUTES.some((r) => r.method !== req.method && r.pattern.test(req.path) && (!r.versions || r.versions.includes(req.version)));
  if (otherMethod) return new GraphError(405, 'BadRequest', `The emulator does not allow ${req.method} on /${req.version}${req.path}.`);
  // Graph answers a path it does not know with 400 BadRequest ("Resource not found for the segment …"), never 501.
  const segment = req.path.split('/').filter(Boolean).pop() ?? '';
  return new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'. (The emulator has no route ${req.method} /${req.version}${req.path}.)`);
}


/**
 * One Graph request, top-level or a `$batch` item: route → mailbox concurrency → fault rule (latency, status) → handler.
 * Mailbox requests count as in flight from arrival to answer (latency included), as Outlook counts them.
 */
export class Pipeline {
  private inFlight = new Map<string, number>();

  constructor(
    private readonly ctx: () => Ctx,
    private readonly faults: Faults,
  ) {}

  isMailbox(req: EmuRequest): boolean {
    return findRoute(req)?.route.mailbox === true;
  }

  async run(req: EmuRequest): Promise<Outcome> {
    const ctx = this.ctx();
    purgeExpiredRosters(ctx);
    const found = findRoute(req);
    if (!found) return { response: errorResponse(unknownRoute(req), req) };
    const mailboxKey = found.route.mailbox ? req.userId : undefined;
    if (mailboxKey !== undefined) {
      const current = this.inFlight.get(mailboxKey) ?? 0;
      if (current >= ctx.options.mailboxConcurrency) {
        const error = new GraphError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', { 'Retry-After': '1' });
        return { response: errorResponse(error, req) };
      }
      this.inFlight.set(mailboxKey, current + 1);
    }
    try {
      // Decided after the concurrency check, so a request refused for concurrency uses up no rule `times`.
      const decision = this.faults.decide(req.method, req.version, req.path, req.inBatch);
      if (decision?.latencyMs) await holdFor(decision.latencyMs);
      const fault = decision?.rule.status ? decision : undefined;
      if (fault && !fault.rule.applyThenFail) return { response: this.faultResponse(fault.rule, req), fault: fault.index };
      const response = await this.handle(found.route, found.params, req, ctx);
      if (fault) return { response: this.faultResponse(fault.rule, req), fault: fault.index };
      return { response, fault: decision?.index };
    } finally {
      if (mailboxKey !== undefined) this.inFlight.set(mailboxKey, (this.inFlight.get(mailboxKey) ?? 1) - 1);
    }
  }

  private async handle(route: Route, params: string[], req: EmuRequest, ctx: Ctx): Promise<EmuResponse> {
    try {
      return await route.handle(req, params, ctx);
    } catch (error) {
      if (error instanceof GraphError) return errorResponse(error, req);
      const message = error instanceof Error ? error.message : String(error);
      return errorResponse(new GraphError(500, 'InternalServerError', `Emulator error: ${message}`), req);
    }
  }

  private faultResponse(rule: { status?: number; retryAfter?: number; body?: unknown }, req: EmuRequest): EmuResponse {
    const status = rule.status ?? 500;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (rule.retryAfter !== undefined) headers['Retry-After'] = String(rule.retryAfter);
    const body = rule.body ?? errorBody(STATUS_CODES[status] ?? 'UnknownError', `Fault injected by the emulator (status ${status}).`, req.requestId, req.headers['client-request-id']);
    return { status, headers, body };
  }
}
