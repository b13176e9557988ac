import { act, render, screen } from '@testing-library/react';
import { AREA_LOADING_SHOWN_AFTER_MS, AreaLoading } from '../../../src/ui/area';

describe('AreaLoading', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('shows nothing for a quick load, then the spinner with its label once the wait has lasted', () => {
    const { container } = render(<AreaLoading label="Loading the team…" />);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByText('Loading the team…')).not.toBeInTheDocument();
    // The place is held meanwhile, so the spinner moves nothing below it when it shows.
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');

    act(() => jest.advanceTimersByTime(AREA_LOADING_SHOWN_AFTER_MS - 1));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    act(() => jest.advanceTimersByTime(1));
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByText('Loading the team…')).toBeInTheDocument();
  });

  it('never shows when the area has loaded before then', () => {
    const { unmount } = render(<AreaLoading label="Loading tasks…" />);
    unmount();
    act(() => jest.advanceTimersByTime(AREA_LOADING_SHOWN_AFTER_MS * 2));
    expect(screen.queryByText('Loading tasks…')).not.toBeInTheDocument();
  });
});
