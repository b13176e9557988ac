import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { memo, type ReactNode } from 'react';

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

interface TabBarProps {
  label: string;
  tabs: ReadonlyArray<{ id: string; label: string }>;
  selected: string;
  onSelect: (id: string) => void;
}

const sameTabs = (a: TabBarProps['tabs'], b: TabBarProps['tabs']) => a.length === b.length && a.every((tab, i) => tab.id === b[i]!.id && tab.label === b[i]!.label);

/**
 * The row of tabs. It renders again only when a tab, its label or the selection changes: the tab's data arrives in
 * several updates, and each used to render the nine Fluent tabs (and their focus management) once more.
 */
const TabBar = memo(
  function TabBar({ label, tabs, selected, onSelect }: TabBarProps) {
    const styles = useStyles();
    return (
      <nav className={styles.nav} aria-label={label}>
        <TabList selectedValue={selected} onTabSelect={(_e, data) => onSelect(data.value as string)}>
          {tabs.map((tab) => (
            <Tab key={tab.id} value={tab.id} id={`tab-${tab.id}`} aria-controls={`panel-${tab.id}`}>
              {tab.label}
            </Tab>
          ))}
        </TabList>
      </nav>
    );
  },
  (a, b) => a.label === b.label && a.selected === b.selected && a.onSelect === b.onSelect && sameTabs(a.tabs, b.tabs),
);

/**
 * The tab's pages behind a Fluent TabList: arrow keys move between tabs, Enter or Space opens one, Tab moves into
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
