import type { OfficeLike } from '../../src/adapters/office';
import type { OfficeSimulator } from '../office-stand-in';

/** `window.officeSimulator` as docs/contracts.md §2 describes it: `failNext(api, code)` and `item` with the body as HTML. */
export interface PageSimulator {
  failNext(api: string, code: number): void;
  item: { subject: string; requiredAttendees: unknown[]; optionalAttendees: unknown[]; start: Date; end: Date; body: string; customProperties: Record<string, unknown>; notifications: Array<{ key: string; message: string }> };
  latencyMs: number;
  readonly peakInFlight: number;
  runCommand(actionId: string): Promise<void>;
}

declare global {
  interface Window {
    officeSimulator?: PageSimulator;
  }
}

/** Installs the stand-in as `window.Office` (before any task pane code runs) and the control object beside it. */
export function installOfficeStandIn(office: OfficeLike, simulator: OfficeSimulator): PageSimulator {
  const { item } = simulator;
  const page: PageSimulator = {
    failNext: (api, code) => simulator.failNext(api, code),
    item: {
      get subject() {
        return item.subject;
      },
      get requiredAttendees() {
        return item.requiredAttendees;
      },
      get optionalAttendees() {
        return item.optionalAttendees;
      },
      get start() {
        return item.start;
      },
      get end() {
        return item.end;
      },
      get body() {
        return item.body.html();
      },
      get customProperties() {
        return { ...item.customProperties };
      },
      get notifications() {
        return [...item.notifications].map(([key, m]) => ({ key, message: m.message }));
      },
    },
    get latencyMs() {
      return simulator.latencyMs;
    },
    set latencyMs(value: number) {
      simulator.latencyMs = value;
    },
    get peakInFlight() {
      return simulator.peakInFlight;
    },
    runCommand: (actionId) => simulator.runCommand(actionId),
  };
  // @types/office-js types window.Office as the full namespace; the stand-in implements the part Rapport uses.
  (window as unknown as { Office: OfficeLike }).Office = office;
  window.officeSimulator = page;
  return page;
}
