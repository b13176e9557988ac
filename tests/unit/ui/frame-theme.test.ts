import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import { frameThemeOf, loadFrameTheme } from '../../../src/ui/frame-theme';

describe('loadFrameTheme', () => {
  it('hands over the default theme at once, so the pane renders without waiting', () => {
    expect(loadFrameTheme('default')).toBe(teamsLightTheme);
  });

  it('loads the dark and high-contrast themes before the caller renders', async () => {
    await expect(loadFrameTheme('dark')).resolves.toBe(teamsDarkTheme);
    await expect(loadFrameTheme('contrast')).resolves.toBe(teamsHighContrastTheme);
  });

  it('treats an unknown host theme as the default one', () => {
    expect(loadFrameTheme(frameThemeOf('glass'))).toBe(teamsLightTheme);
  });
});
