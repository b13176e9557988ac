import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { TabBar } from './tab-bar';

export interface TabPage<Id extends string> {
  id: Id;
  label: string;
  render: () => ReactNode;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * The tab's pages behind a row of tabs (TabBar): arrow keys move between tabs, Enter or Space opens one, Tab moves into
 * the page. Every tab controls one tabpanel, labelled by its tab. `onSelect` should be stable (a state setter).
 */
export function TabNavigation<Id extends string>(props: { label: string; pages: TabPage<Id>[]; selected: Id; onSelect: (id: Id) => void }) {
  const styles = useStyles();
  const current = props.pages.find((p) => p.id === props.selected) ?? props.pages[0]!;
  return (
    <div className={styles.root}>
      <TabBar label={props.label} tabs={props.pages} selected={current.id} onSelect={props.onSelect as (id: string) => void} />
      <main className={styles.panel} role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
        {current.render()}
      </main>
    </div>
  );
}
