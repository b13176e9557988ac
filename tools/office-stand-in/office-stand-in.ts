import type { OfficeLike } from '../../src/adapters/office';
import { ITEM_NOT_SAVED, TOO_MANY_CALLS, officeError } from './office-errors';
import type { SimulatedAppointment } from './appointment';

/**
 * A stand-in for the part of Office.js Rapport uses, with Office's callback contract: every async API takes an
 * optional options object (its `asyncContext` comes back) and a callback receiving `{ status, value, error,
 * asyncContext }`, called later, never synchronously. It knows compose quirks: no item id before the item is
 * saved, `displayLanguage`, `notificationMessages`, `Office.actions.associate`. It is plain TypeScript (no
 * webpack, no React) so the simulator page and the jsdom tests run the same code.
 */
export interface OfficeStandInOptions {
  item: SimulatedAppointment;
  displayLanguage?: string;
  /** The highest Mailbox requirement set the simulated Outlook supports. */
  mailboxVersion?: string;
  /** Delay before each callback, so typing can happen while a call is pending. */
  latencyMs?: number;
  /** Mailbox 1.14's theme colours (`Office.context.officeTheme`), when the simulated Outlook has a theme to tell. */
  officeTheme?: { bodyBackgroundColor: string };
}

export interface OfficeSimulator {
  /** The next call of `api` (e.g. "body.prependAsync") fails with Office error `code`. */
  failNext(api: string, code: number): void;
  readonly item: SimulatedAppointment;
  latencyMs: number;
  /** The most async calls that were in flight at once (the add-in must keep it ≤ 3). */
  readonly peakInFlight: number;
  /** Every call made, by API name, in order. */
  readonly calls: string[];
  /** Runs a function command registered with Office.actions.associate; resolves when it calls completed(). */
  runCommand(actionId: string): Promise<void>;
  /** The user picks another Office theme: `officeTheme` changes and OfficeThemeChanged handlers are called. */
  setOfficeTheme(bodyBackgroundColor: string): void;
}

type ThemeHandler = (args: { type: string; officeTheme: { bodyBackgroundColor: string } }) => void;
const OFFICE_THEME_CHANGED = 'officeThemeChanged';

type Callback = (result: { status: string; value: unknown; error: ReturnType<typeof officeError> | null; asyncContext: unknown }) => void;

const compareVersions = (a: string, b: string) => {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
};

export function createOfficeStandIn(options: OfficeStandInOptions): { office: OfficeLike; simulator: OfficeSimulator } {
  const { item } = options;
  const failures = new Map<string, number>();
  const handlers = new Map<string, (event: { completed(): void }) => void>();
  const themeHandlers = new Set<ThemeHandler>();
  const calls: string[] = [];
  let inFlight = 0;
  let peakInFlight = 0;
  let latencyMs = options.latencyMs ?? 0;

  /** One async API: the last function argument is the callback; an object before it may carry asyncContext. */
  const asyncApi =
    (api: string, run: (args: unknown[]) => unknown) =>
    (...args: unknown[]): void => {
      const callback = args.findLast((a): a is Callback => typeof a === 'function');
      const context = (args.find((a) => a && typeof a === 'object' && 'asyncContext' in a) as { asyncContext?: unknown } | undefined)?.asyncContext;
      calls.push(api);
      inFlight += 1;
      peakInFlight = Math.max(peakInFlight, inFlight);
      const tooMany = inFlight > 3;
      setTimeout(() => {
        inFlight -= 1;
        const failCode = failures.get(api);
        failures.delete(api);
        let outcome: { value?: unknown; error?: ReturnType<typeof officeError> };
        if (tooMany) outcome = { error: TOO_MANY_CALLS };
        else if (failCode !== undefined) outcome = { error: officeError(failCode) };
        else {
          try {
            outcome = { value: run(args) };
          } catch (error) {
            outcome = { error: (error as { officeError?: ReturnType<typeof officeError> }).officeError ?? officeError(5001) };
          }
        }
        callback?.({
          status: outcome.error ? 'failed' : 'succeeded',
          value: outcome.error ? undefined : outcome.value,
          error: outcome.error ?? null,
          asyncContext: context,
        });
      }, latencyMs);
    };

  const fail = (error: ReturnType<typeof officeError>) => Object.assign(new Error(error.message), { officeError: error });
  const coercion = (args: unknown[]) => {
    const opts = args.find((a) => a && typeof a === 'object') as { coercionType?: string } | undefined;
    return opts?.coercionType === 'html' ? 'html' : 'text';
  };

  const customProperties = {
    get: (name: string) => item.customProperties[name],
    set: (name: string, value: unknown) => {
      pendingProperties[name] = value;
    },
    remove: (name: string) => {
      pendingProperties[name] = undefined;
    },
    getAll: () => ({ ...item.customProperties, ...pendingProperties }),
    saveAsync: asyncApi('customProperties.saveAsync', () => {
      Object.assign(item.customProperties, pendingProperties);
      for (const key of Object.keys(pendingProperties)) delete pendingProperties[key];
    }),
  };
  const pendingProperties: Record<string, unknown> = {};

  const mailItem = {
    itemType: 'appointment',
    subject: { getAsync: asyncApi('subject.getAsync', () => item.subject) },
    requiredAttendees: { getAsync: asyncApi('requiredAttendees.getAsync', () => item.requiredAttendees.map((r) => ({ ...r, recipientType: 'user' }))) },
    optionalAttendees: { getAsync: asyncApi('optionalAttendees.getAsync', () => item.optionalAttendees.map((r) => ({ ...r, recipientType: 'user' }))) },
    start: { getAsync: asyncApi('start.getAsync', () => new Date(item.start)) },
    end: { getAsync: asyncApi('end.getAsync', () => new Date(item.end)) },
    body: {
      getTypeAsync: asyncApi('body.getTypeAsync', () => item.body.type()),
      getAsync: asyncApi('body.getAsync', (args) => (args[0] === 'html' ? item.body.html() : item.body.text())),
      prependAsync: asyncApi('body.prependAsync', (args) => item.body.prepend(String(args[0] ?? ''), coercion(args))),
      setSelectedDataAsync: asyncApi('body.setSelectedDataAsync', (args) => item.body.prepend(String(args[0] ?? ''), coercion(args))),
    },
    loadCustomPropertiesAsync: asyncApi('loadCustomPropertiesAsync', () => customProperties),
    saveAsync: asyncApi('saveAsync', () => (item.itemId ??= `AAMkSIMULATED${Math.abs(hash(item.subject))}`)),
    getItemIdAsync: asyncApi('getItemIdAsync', () => {
      if (!item.itemId) throw fail(ITEM_NOT_SAVED);
      return item.itemId;
    }),
    notificationMessages: {
      addAsync: asyncApi('notificationMessages.addAsync', (args) => {
        const [key, message] = args as [string, { type: string; message: string }];
        if (item.notifications.has(key)) throw fail(officeError(9023));
        item.notifications.set(key, { type: message.type, message: message.message });
      }),
      replaceAsync: asyncApi('notificationMessages.replaceAsync', (args) => {
        const [key, message] = args as [string, { type: string; message: string }];
        item.notifications.set(key, { type: message.type, message: message.message });
      }),
      removeAsync: asyncApi('notificationMessages.removeAsync', (args) => item.notifications.delete(String(args[0]))),
      getAllAsync: asyncApi('notificationMessages.getAllAsync', () => [...item.notifications].map(([key, m]) => ({ key, ...m }))),
    },
  };

  const mailboxVersion = options.mailboxVersion ?? '1.13';
  // Office.js starts its handshake with the host as it loads, whether or not anyone waits for it yet: onReady
  // resolves one host round trip after the stand-in was created (a timer, so never synchronously), at once after.
  const handshake = new Promise<void>((done) => setTimeout(done, latencyMs));
  const office = {
    onReady: (callback?: (info: { host: unknown; platform: unknown }) => void) => {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      return handshake.then(() => {
        callback?.(info);
        return info;
      });
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      requirements: {
        isSetSupported: (name: string, version = '1.1') => name.toLowerCase() === 'mailbox' && compareVersions(version, mailboxVersion) <= 0,
      },
      mailbox: {
        item: mailItem,
        // Only OfficeThemeChanged is simulated; any other event type fails as Office fails an unknown one.
        addHandlerAsync: asyncApi('mailbox.addHandlerAsync', (args) => {
          if (args[0] !== OFFICE_THEME_CHANGED) throw fail(officeError(5001));
          themeHandlers.add(args[1] as ThemeHandler);
        }),
        removeHandlerAsync: asyncApi('mailbox.removeHandlerAsync', (args) => {
          if (args[0] === OFFICE_THEME_CHANGED) themeHandlers.clear();
        }),
      },
      officeTheme: options.officeTheme as { bodyBackgroundColor: string } | undefined,
    },
    EventType: { OfficeThemeChanged: OFFICE_THEME_CHANGED },
    actions: { associate: (actionId: string, handler: (event: { completed(): void }) => void) => void handlers.set(actionId, handler) },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    MailboxEnums: {
      ItemNotificationMessageType: { InformationalMessage: 'informationalMessage', ErrorMessage: 'errorMessage', ProgressIndicator: 'progressIndicator' },
      ItemType: { Appointment: 'appointment', Message: 'message' },
    },
  };

  const simulator: OfficeSimulator = {
    failNext: (api, code) => void failures.set(api.replace(/^item\./, ''), code),
    item,
    get latencyMs() {
      return latencyMs;
    },
    set latencyMs(value: number) {
      latencyMs = value;
    },
    get peakInFlight() {
      return peakInFlight;
    },
    calls,
    setOfficeTheme(bodyBackgroundColor) {
      office.context.officeTheme = { bodyBackgroundColor };
      const args = { type: OFFICE_THEME_CHANGED, officeTheme: { bodyBackgroundColor } };
      setTimeout(() => themeHandlers.forEach((handler) => handler(args)), latencyMs);
    },
    runCommand(actionId) {
      const handler = handlers.get(actionId);
      if (!handler) return Promise.reject(new Error(`No function command "${actionId}" was associated.`));
      return new Promise<void>((resolve) => handler({ completed: () => resolve() }));
    },
  };
  return { office: office as unknown as OfficeLike, simulator };
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + (ch.codePointAt(0) ?? 0)) | 0;
  return h;
}
