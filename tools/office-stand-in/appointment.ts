import { sanitizeHtml, sanitizeToFragment, textToFragment } from './sanitize';

/** An attendee as Office returns it (EmailAddressDetails, reduced). */
export interface SimulatedRecipient {
  displayName: string;
  emailAddress: string;
}

/**
 * The body of the simulated item. The simulator binds it to a contenteditable element (domBody); tests use an
 * in-memory one (memoryBody). A prepend inserts before what is there and never rewrites it, like Outlook: text the
 * user typed while a call was pending stays.
 */
export interface BodyBackend {
  type(): 'html' | 'text';
  html(): string;
  text(): string;
  prepend(content: string, coercion: 'html' | 'text'): void;
}

const htmlToText = (doc: Document, html: string) => {
  const holder = doc.createElement('div');
  holder.innerHTML = sanitizeHtml(doc, html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|h\d|li|tr)>/gi, '$&\n'));
  return holder.textContent ?? '';
};

export function memoryBody(initial: { type: 'html' | 'text'; content: string }, doc: Document = document): BodyBackend {
  let content = initial.content;
  return {
    type: () => initial.type,
    html: () => (initial.type === 'html' ? content : content.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c)),
    text: () => (initial.type === 'html' ? htmlToText(doc, content) : content),
    prepend(data, coercion) {
      if (initial.type === 'text') {
        content = (coercion === 'html' ? htmlToText(doc, data) : data) + content;
        return;
      }
      const holder = doc.createElement('div');
      holder.append(coercion === 'html' ? sanitizeToFragment(doc, data) : textToFragment(doc, data));
      content = holder.innerHTML + content;
    },
  };
}

/** The body as a live contenteditable element: a prepend inserts nodes before the first child and touches no others. */
export function domBody(element: HTMLElement): BodyBackend {
  const doc = element.ownerDocument;
  return {
    type: () => 'html',
    html: () => element.innerHTML,
    text: () => element.innerText ?? element.textContent ?? '',
    prepend(data, coercion) {
      const fragment = coercion === 'html' ? sanitizeToFragment(doc, data) : textToFragment(doc, data);
      element.insertBefore(fragment, element.firstChild);
    },
  };
}

/** The appointment being organised: what the compose form shows and what the Office stand-in reads and writes. */
export interface SimulatedAppointment {
  subject: string;
  requiredAttendees: SimulatedRecipient[];
  optionalAttendees: SimulatedRecipient[];
  start: Date;
  end: Date;
  body: BodyBackend;
  customProperties: Record<string, unknown>;
  /** Null until the item is saved (compose: no id before save). */
  itemId: string | null;
  notifications: Map<string, { type: string; message: string }>;
}

export function createAppointment(init: Omit<SimulatedAppointment, 'customProperties' | 'itemId' | 'notifications'>): SimulatedAppointment {
  return { ...init, customProperties: {}, itemId: null, notifications: new Map() };
}
