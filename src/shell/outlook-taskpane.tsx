import { createRoot } from 'react-dom/client';
import { FluentProvider, teamsLightTheme, Text } from '@fluentui/react-components';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <FluentProvider theme={teamsLightTheme}>
      <Text>Rapport</Text>
    </FluentProvider>,
  );
}
