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

/**
 * Whether the user's Office theme is dark, so the pane's first render matches Outlook. Outlook gives the theme from
 * Mailbox 1.14 (`Office.context.officeTheme`) but does not support its `isDarkTheme` (Office.js reference), so the
 * body background colour decides. null where Outlook does not say: an older client, or no usable colour.
 */
export function officeThemeIsDark(office: OfficeLike): boolean | null {
  if (!office.context.requirements.isSetSupported('Mailbox', '1.14')) return null;
  const background = office.context.officeTheme?.bodyBackgroundColor;
  const luminance = background ? luminanceOf(background) : null;
  return luminance === null ? null : luminance < DARK_BELOW;
}
