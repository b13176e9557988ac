import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';

// The benchmark's baseline: the least a Fluent UI page can be (a provider, a theme, a button). Built by the same
// webpack config (RAPPORT_BASELINE=1), so Rapport's pages are compared with it, not with a number from elsewhere.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">Baseline</Button>
    </FluentProvider>,
  );
}
