import type { Theme } from '@fluentui/react-components';
import { teamsLightTheme } from './host-theme-default';

export type FrameTheme = 'default' | 'dark' | 'contrast';

/** Any unknown theme name (Teams has sent "glass") falls back to the default theme. */
export const frameThemeOf = (name: string | null | undefined): FrameTheme =>
  name === 'dark' || name === 'contrast' ? name : 'default';

/**
 * The host theme for a surface that mostly shows the default one (the Outlook pane): the default theme is at hand,
 * the dark and high-contrast themes (their colour tables are ~18 kB of script) load as a chunk of their own, so the
 * pane's first render neither downloads nor evaluates them. A caller awaits a promise before its first render, so a
 * dark pane never flashes light.
 */
export function loadFrameTheme(theme: FrameTheme): Theme | Promise<Theme> {
  if (theme === 'default') return teamsLightTheme;
  return import(/* webpackChunkName: "frame-themes" */ './frame-themes-other').then((m) => (theme === 'dark' ? m.teamsDarkTheme : m.teamsHighContrastTheme));
}
