const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a double- or single-quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Only https: and mailto: links may reach an invite (docs/contracts.md §5); anything else yields null. */
export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'mailto:' ? parsed.href : null;
}

// C0/C1 control characters (other than the line breaks we fold anyway) have no place in an invite and are
// treated differently by every HTML parser; bidi controls are kept but isolated (see isolateBidi).
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** A single-line field as it goes into the agenda: control characters and line breaks become one space. */
export const singleLine = (text: string): string => text.replace(CONTROL_OR_BREAK, ' ');

const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Text someone typed may carry bidi controls (an unclosed RLO would reverse the rest of the line). Wrapping such
 * text in FSI … PDI closes whatever it opened at its end, so our own words after it read the right way.
 */
export const isolateBidi = (text: string): string => (BIDI_CONTROL.test(text) ? `\u2068${text}\u2069` : text);

/** What every interpolated user text goes through before it is escaped or written as a line. */
export const userText = (text: string): string => isolateBidi(singleLine(text));
