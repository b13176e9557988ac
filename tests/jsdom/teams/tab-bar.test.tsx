import { renderHook, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { TabBar } from '../../../src/shell/teams-tab/tab-bar';
import { useFrameTheme } from '../../../src/shell/teams-tab/use-frame-theme';

const TABS = [
  { id: 'team', label: 'Team' },
  { id: 'report', label: 'Report' },
  { id: 'settings', label: 'Settings' },
];

function Bar({ dir }: { dir: 'ltr' | 'rtl' }) {
  const [selected, setSelected] = useState('team');
  return (
    <FluentProvider theme={teamsLightTheme} dir={dir}>
      <TabBar label="Pages" tabs={TABS} selected={selected} onSelect={setSelected} />
    </FluentProvider>
  );
}

describe('the tab bar (ARIA tabs, manual activation)', () => {
  it('reaches the selected tab with Tab, moves focus with the arrows, Home and End, and opens a tab with Enter', async () => {
    const user = userEvent.setup();
    render(<Bar dir="ltr" />);
    expect(screen.getByRole('navigation', { name: 'Pages' })).toContainElement(screen.getByRole('tablist'));
    await user.tab();
    expect(screen.getByRole('tab', { name: 'Team' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Report' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Team' })).toHaveAttribute('aria-selected', 'true'); // focus only
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tab', { name: 'Report' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Team' })).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Settings' })).toHaveFocus();
    await user.keyboard('{ArrowRight}'); // wraps around
    expect(screen.getByRole('tab', { name: 'Team' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{Home}');
    expect(screen.getByRole('tab', { name: 'Team' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('tab', { name: 'Team' })).toHaveAttribute('aria-selected', 'true');
  });

  it('only the selected tab is in the Tab order', () => {
    render(<Bar dir="ltr" />);
    expect(screen.getAllByRole('tab').map((tab) => tab.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
  });

  it('reverses the arrows right to left', async () => {
    const user = userEvent.setup();
    render(<Bar dir="rtl" />);
    // jsdom computes no direction from the dir attribute: the bar reads the computed style, so set it as a browser would.
    for (const tab of screen.getAllByRole('tab')) tab.style.direction = 'rtl';
    await user.tab();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Report' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Team' })).toHaveFocus();
  });
});

describe('useFrameTheme', () => {
  it('keeps the theme it has until a theme from its own chunk has loaded, then shows it', async () => {
    const { result } = renderHook(() => useFrameTheme('contrast'));
    expect(result.current).toBe(teamsLightTheme);
    await waitFor(() => expect(result.current).toBe(teamsHighContrastTheme));
  });
});
