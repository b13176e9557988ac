import { render, screen } from '@testing-library/react';
import { ProgressLine, StatusBar } from '../../../src/ui/lazy-status';


describe('lazy status parts', () => {
  // The first import of Fluent's parts in a test worker takes seconds under ts-jest: loaded once before the tests.
  beforeAll(() => import('../../../src/ui/status-parts'), 60_000);

  it('says an error at once, as an alert, and keeps its action', async () => {
    render(
      <StatusBar intent="error" role="alert" actions={<button type="button">Try again</button>}>
        Outlook could not save the invite.
      </StatusBar>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Outlook could not save the invite.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    // Fluent's MessageBar takes over once its chunk is in, with the same words and action.
    expect(await screen.findByText('Outlook could not save the invite.', { selector: '.fui-MessageBarBody' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('names a progress line by its label before and after Fluent\'s Spinner has loaded', async () => {
    render(<ProgressLine label="Reading the meeting…" />);
    expect(screen.getByRole('progressbar', { name: 'Reading the meeting…' })).toBeInTheDocument();
    expect(await screen.findByText('Reading the meeting…', { selector: '.fui-Spinner__label' })).toBeInTheDocument();
  });
});
