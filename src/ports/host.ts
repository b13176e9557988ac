import type { Locale } from '../i18n/locale';
import type { EventBody } from '../domain/model/calendar';

export type HostTheme = 'default' | 'dark' | 'contrast';

/** The Outlook item being composed (appointment organizer). Every call may reject with HostError. */
export interface MailItemPort {
  /** Office's display language mapped to a Rapport locale, or null. */
  displayLanguage(): Locale | null;
  /** True when the host supports the named Mailbox requirement set (e.g. "1.8"). */
  supports(mailboxVersion: string): boolean;
  getSubject(): Promise<string>;
  getAttendees(): Promise<{ required: Array<{ name: string; address: string }>; optional: Array<{ name: string; address: string }> }>;
  getTimes(): Promise<{ start: string; end: string }>;
  getBodyType(): Promise<'html' | 'text'>;
  getBody(type: 'html' | 'text'): Promise<string>;
  /** Prepends to the body without rewriting what is there (body.prependAsync, Mailbox 1.1). */
  prependBody(body: EventBody): Promise<void>;
  getCustomProperty(name: string): Promise<string | null>;
  setCustomProperty(name: string, value: string): Promise<void>;
  /** An informational notification on the item (notificationMessages). */
  notify(key: string, message: string): Promise<void>;
}

/** The Teams host (or none, when the tab runs standalone in a browser). */
export interface HostContext {
  inHost: boolean;
  theme: HostTheme;
  locale: Locale | null;
  userPrincipalName: string | null;
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
}
