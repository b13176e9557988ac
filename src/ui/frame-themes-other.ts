// The themes other than the default, loaded on demand by loadFrameTheme (src/ui/frame-theme.ts). Production builds
// replace this re-export with the themes' values (tools/build/theme-values-loader.js).
export { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
