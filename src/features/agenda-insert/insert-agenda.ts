import type { RenderedAgenda } from '../../domain/agenda/types';
import type { MailItemPort } from '../../ports/host';

/** The custom property Rapport leaves on an invite it added an agenda to (never sent to attendees). */
export const AGENDA_PROPERTY = 'rapportAgenda';

export interface ExistingAgendaCheck {
  bodyType: 'html' | 'text';
  hasAgenda: boolean;
}

/**
 * Whether the invite already holds an agenda: Rapport's own note on the item, or the visible title in the body
 * (someone may have pasted one, or another pane added it). Reading the body needs Mailbox 1.3; without it the
 * note alone decides.
 */
export async function checkExistingAgenda(mailItem: MailItemPort): Promise<ExistingAgendaCheck> {
  const [bodyType, note] = await Promise.all([mailItem.getBodyType(), mailItem.getCustomProperty(AGENDA_PROPERTY)]);
  if (note) return { bodyType, hasAgenda: true };
  if (!mailItem.supports('1.3')) return { bodyType, hasAgenda: false };
  // The body reader (htmlparser2) loads only here, at insert time: the pane's first render does not need it.
  const [body, { detectAgenda }] = await Promise.all([mailItem.getBody(bodyType), import('../../domain/agenda/detect')]);
  return { bodyType, hasAgenda: detectAgenda(body) };
}

export interface InsertOutcome {
  /** False when the agenda went in but the note on the item could not be saved. */
  remembered: boolean;
}

/**
 * Prepends the agenda in the body's own format (Mailbox 1.1 prependAsync): what is there, the Teams join block
 * and anything the user is typing, stays after it. Then notes the insert on the item. A failed prepend rejects
 * (nothing changed); a failed note does not undo the agenda, it is reported as `remembered: false`.
 */
export async function insertAgenda(
  mailItem: MailItemPort,
  bodyType: 'html' | 'text',
  agenda: RenderedAgenda,
  note: { template: string; locale: string },
): Promise<InsertOutcome> {
  const content = bodyType === 'html' ? agenda.html : `${agenda.text}\n\n`;
  await mailItem.prependBody({ contentType: bodyType, content });
  try {
    await mailItem.setCustomProperty(AGENDA_PROPERTY, JSON.stringify(note));
    return { remembered: true };
  } catch {
    return { remembered: false };
  }
}
