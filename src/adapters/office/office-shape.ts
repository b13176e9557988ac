/**
 * The part of Office.js Rapport uses, typed structurally so the real `Office` global and the demo's stand-in
 * (tools/office-stand-in) both fit. Office's async APIs take an optional options object and a callback
 * that receives an AsyncResult; `status` is compared with the host's own `AsyncResultStatus` value, which is the
 * string "succeeded"/"failed" at run time (the @types declare a numeric enum).
 */
export interface OfficeAsyncResult<T> {
  status: unknown;
  value: T;
  error?: { code: number; name: string; message: string } | null;
  asyncContext?: unknown;
}
export type OfficeCallback<T> = (result: OfficeAsyncResult<T>) => void;

export interface OfficeRecipient {
  displayName: string;
  emailAddress: string;
}

export interface OfficeCustomProperties {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: OfficeCallback<void>): void;
}

export interface OfficeAppointmentCompose {
  subject: { getAsync(callback: OfficeCallback<string>): void };
  requiredAttendees: { getAsync(callback: OfficeCallback<OfficeRecipient[]>): void };
  optionalAttendees: { getAsync(callback: OfficeCallback<OfficeRecipient[]>): void };
  start: { getAsync(callback: OfficeCallback<Date>): void };
  end: { getAsync(callback: OfficeCallback<Date>): void };
  body: {
    getTypeAsync(callback: OfficeCallback<string>): void;
    getAsync(coercionType: string, callback: OfficeCallback<string>): void;
    prependAsync(data: string, options: { coercionType: string }, callback: OfficeCallback<void>): void;
  };
  loadCustomPropertiesAsync(callback: OfficeCallback<OfficeCustomProperties>): void;
  notificationMessages: {
    replaceAsync(key: string, message: { type: string; message: string; icon?: string; persistent: boolean }, callback: OfficeCallback<void>): void;
  };
}

/** The Office dialog (Dialog API 1.1): messages from the page, and events such as 12006 "closed by the user". */
export interface OfficeDialog {
  addEventHandler(eventType: unknown, handler: (arg: { message?: string; origin?: string; error?: number }) => void): void;
  close(): void;
}

export interface OfficeLike {
  onReady(callback?: (info: { host: unknown; platform: unknown }) => void): Promise<{ host: unknown; platform: unknown }>;
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    mailbox: {
      item: OfficeAppointmentCompose | null | undefined;
      /** Mailbox 1.5+ (OfficeThemeChanged: 1.14). */
      addHandlerAsync?(eventType: unknown, handler: (args: { officeTheme?: { bodyBackgroundColor?: string } }) => void, callback?: OfficeCallback<void>): void;
      removeHandlerAsync?(eventType: unknown, callback?: OfficeCallback<void>): void;
    };
    /** Mailbox 1.14: the colours of the user's Office theme (Outlook does not support its `isDarkTheme`). */
    officeTheme?: { bodyBackgroundColor?: string };
    ui?: { displayDialogAsync(url: string, options: { height: number; width: number; promptBeforeOpen?: boolean }, callback: OfficeCallback<OfficeDialog>): void };
  };
  EventType?: { DialogMessageReceived: unknown; DialogEventReceived: unknown; OfficeThemeChanged?: unknown };
  actions?: { associate(actionId: string, handler: (event: { completed(options?: { allowEvent?: boolean }): void }) => void): void };
  AsyncResultStatus: { Succeeded: unknown; Failed: unknown };
  CoercionType: { Html: unknown; Text: unknown };
  MailboxEnums: { ItemNotificationMessageType: { InformationalMessage: unknown; ErrorMessage: unknown } };
}
