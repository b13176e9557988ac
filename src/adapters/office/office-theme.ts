import { officeCall, officeQueueOf } from './office-call';
import type { OfficeLike } from './office-shape';

/** Relative luminance (WCAG) of `#rgb` or `#rrggbb`; null for anything else. */
function luminanceOf(color: string): number | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Below this luminance (L* ≈ 50, a mid grey) the body background is dark: Office's Black and Dark Gray themes. */
const DARK_BELOW = 0.18;

const darkBackground = (color: string | undefined): boolean | null => {
  const luminance = color ? luminanceOf(color) : null;
  return luminance === null ? null : luminance < DARK_BELOW;
};

/** Outlook tells its theme from Mailbox 1.14 (`Office.context.officeTheme`, the OfficeThemeChanged event). */
const tellsTheme = (office: OfficeLike) => office.context.requirements.isSetSupported('Mailbox', '1.14');

/**
 * Whether the user's Office theme is dark, so the pane's first render matches Outlook. Outlook does not support
 * `officeTheme.isDarkTheme` (Office.js reference), so the body background colour decides. null where Outlook does not
 * say: an older client, or no usable colour.
 */
export function officeThemeIsDark(office: OfficeLike): boolean | null {
  return tellsTheme(office) ? darkBackground(office.context.officeTheme?.bodyBackgroundColor) : null;
}

/**
 * Calls `onChange` with whether the theme is dark each time the user changes Office's theme while the pane is open
 * (OfficeThemeChanged). Registering is an Office call, so it waits its turn in the 3-call queue; a registration
 * Outlook refuses is logged and leaves the pane in its theme. Returns a function that stops listening.
 */
export function onOfficeThemeChange(office: OfficeLike, onChange: (dark: boolean) => void): () => void {
  const mailbox = office.context.mailbox;
  const event = office.EventType?.OfficeThemeChanged;
  if (!tellsTheme(office) || event === undefined || !mailbox.addHandlerAsync) return () => undefined;
  let listening = true;
  const handler = (args: { officeTheme?: { bodyBackgroundColor?: string } }) => {
    const dark = darkBackground(args.officeTheme?.bodyBackgroundColor);
    if (listening && dark !== null) onChange(dark);
  };
  const added = officeQueueOf(office)(() => officeCall<void>(office, 'mailbox.addHandlerAsync', (done) => mailbox.addHandlerAsync!(event, handler, done)));
  added.catch((error: unknown) => console.warn('Rapport: Outlook did not accept the theme-change handler; the pane keeps its theme.', error));
  return () => {
    listening = false;
    const remove = mailbox.removeHandlerAsync;
    if (!remove) return;
    const removed = added.then(() => officeQueueOf(office)(() => officeCall<void>(office, 'mailbox.removeHandlerAsync', (done) => remove.call(mailbox, event, done))));
    removed.catch(() => undefined); // the pane is closing; a handler Outlook keeps is ignored (`listening`)
  };
}
