// The themes other than the default, loaded on demand by loadFrameTheme (src/ui/frame-theme.ts).
export { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
