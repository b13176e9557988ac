// The default host theme, at hand for a page's first render (loadFrameTheme, src/ui/frame-theme.ts). Production
// builds replace this re-export with the theme's values (tools/build/theme-values-loader.js).
export { teamsLightTheme } from '@fluentui/react-components';
