import { render, screen } from '@testing-library/react';
import { FollowUpSyncPanel } from '../../../../src/features/follow-up-sync/views/follow-up-sync-panel';
import { GraphServiceError, RapportError } from '../../../../src/ports/errors';
import { AppFrame } from '../../../../src/ui/app-frame';

const show = (error: RapportError) =>
  render(
    <AppFrame locale="en" theme="default">
      <FollowUpSyncPanel state={{ phase: 'error', error }} onSync={jest.fn()} locale="en" />
    </AppFrame>,
  );

describe('FollowUpSyncPanel errors', () => {
  it('names Graph’s error code and request id (regression: the panel said only "Something went wrong")', () => {
    show(new GraphServiceError('graph', 500, 'generalException', 'boom', 'req-42'));
    expect(screen.getByRole('status')).toHaveTextContent('Microsoft 365 answered with an error (generalException). Request id: req-42.');
  });

  it('says how to get past a network failure', () => {
    show(new RapportError('network', 'offline'));
    expect(screen.getByRole('status')).toHaveTextContent('Rapport cannot reach Microsoft 365. Check your connection and try again.');
  });
});
