import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useRef, type KeyboardEvent } from 'react';

export interface TabBarProps {
  label: string;
  tabs: ReadonlyArray<{ id: string; label: string }>;
  selected: string;
  onSelect: (id: string) => void;
}

/** Fluent's medium tab (colours, type, the selected and hover indicators), in tokens. */
const useStyles = makeStyles({
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowX: 'auto' },
  list: { display: 'flex', alignItems: 'stretch', margin: 0, padding: `${tokens.spacingVerticalXXS} 0` },
  tab: {
    position: 'relative',
    flexShrink: 0,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
    outlineStyle: 'none',
    '::after': {
      content: '""',
      position: 'absolute',
      insetInline: tokens.spacingHorizontalMNudge,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorTransparentStroke,
    },
    // Fluent's transparent tab: in high contrast these tokens keep the text readable on hover and press.
    ':hover': { color: tokens.colorNeutralForeground2Hover, backgroundColor: tokens.colorTransparentBackgroundHover },
    ':hover::after': { backgroundColor: tokens.colorNeutralStroke1Hover },
    ':active': { color: tokens.colorNeutralForeground2Pressed, backgroundColor: tokens.colorTransparentBackgroundPressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover': { color: tokens.colorNeutralForeground1Hover },
    ':active': { color: tokens.colorNeutralForeground1Pressed },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
  },
});

/** Where an arrow key moves focus along the row: the row reads right to left in Hebrew, so the arrows do too. */
export function nextTabIndex(key: string, index: number, count: number, rtl: boolean): number | null {
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return (index + 1) % count;
  if (key === back) return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

const sameTabs = (a: TabBarProps['tabs'], b: TabBarProps['tabs']) => a.length === b.length && a.every((tab, i) => tab.id === b[i]!.id && tab.label === b[i]!.label);

/**
 * The row of tabs, as the ARIA tabs pattern with manual activation (as Fluent's TabList): Tab reaches the selected
 * tab, arrow keys (reversed right to left), Home and End move focus, Enter or Space opens the focused tab. Plain
 * buttons styled with Fluent's tokens: Fluent's TabList was ~9 kB gzip of the tab's first script and nine tabs of
 * its first render (docs/performance.md, "Faster where the user waits"). It renders again only when a tab, its label
 * or the selection changes: the tab's data arrives in several updates.
 */
export const TabBar = memo(
  function TabBar({ label, tabs, selected, onSelect }: TabBarProps) {
    const styles = useStyles();
    const list = useRef<HTMLDivElement>(null);
    const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
      const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
      const next = nextTabIndex(event.key, index, tabs.length, rtl);
      if (next === null) return;
      event.preventDefault();
      list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
    };
    return (
      <nav className={styles.nav} aria-label={label}>
        <div role="tablist" aria-orientation="horizontal" className={styles.list} ref={list}>
          {tabs.map((tab, index) => (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-controls={`panel-${tab.id}`}
              aria-selected={tab.id === selected}
              tabIndex={tab.id === selected ? 0 : -1}
              className={mergeClasses(styles.tab, tab.id === selected && styles.selected)}
              onClick={() => onSelect(tab.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {tab.label}
            </button>
          ))}
        </div>
      </nav>
    );
  },
  (a, b) => a.label === b.label && a.selected === b.selected && a.onSelect === b.onSelect && sameTabs(a.tabs, b.tabs),
);
