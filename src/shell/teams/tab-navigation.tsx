import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface TabPage<Id extends string> {
  id: Id;
  label: string;
  render: () => ReactNode;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowX: 'auto' },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * The tab's pages behind a Fluent TabList: arrow keys move between tabs, Enter or Space opens one, Tab moves into
 * the page. Every tab controls one tabpanel, labelled by its tab.
 */
export function TabNavigation<Id extends string>(props: { label: string; pages: TabPage<Id>[]; selected: Id; onSelect: (id: Id) => void }) {
  const styles = useStyles();
  const current = props.pages.find((p) => p.id === props.selected) ?? props.pages[0]!;
  return (
    <div className={styles.root}>
      <nav className={styles.nav} aria-label={props.label}>
        <TabList selectedValue={current.id} onTabSelect={(_e, data) => props.onSelect(data.value as Id)}>
          {props.pages.map((page) => (
            <Tab key={page.id} value={page.id} id={`tab-${page.id}`} aria-controls={`panel-${page.id}`}>
              {page.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={styles.panel} role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
        {current.render()}
      </main>
    </div>
  );
}
