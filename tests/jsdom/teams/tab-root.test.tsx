import { render, screen } from '@testing-library/react';
import { RapportError, SignInError } from '../../../src/ports/errors';
import { TeamsTabRoot } from '../../../src/shell/teams-tab/teams-tab-root';
import { pendingAdapters } from './pending-adapters';

const preferences = { lang: 'en' as const, theme: null, as: null };
const clock = { now: () => new Date('2026-11-23T12:00:00Z') };

describe('TeamsTabRoot with the Graph adapters its entry started', () => {
  it('shows a sign-in problem of the started attempt as the sign-in notice, with its next step', async () => {
    const services = Promise.reject(new SignInError('popup-blocked', 'blocked'));
    render(<TeamsTabRoot preferences={preferences} clock={clock} services={services} />);
    expect(await screen.findByRole('alert', undefined, { timeout: 5000 })).toHaveTextContent(/sign-in window was blocked/i); // a lazy chunk
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('renders the tab itself first when the started attempt has already given the adapters', () => {
    const adapters = pendingAdapters();
    render(<TeamsTabRoot preferences={preferences} clock={clock} services={Promise.resolve(adapters)} servicesValue={adapters} />);
    expect(screen.getByRole('tab', { name: 'Team' })).toHaveAttribute('aria-selected', 'true');
  });

  it('shows any other failure of the started attempt as an area error with a retry', async () => {
    const services = Promise.reject(new RapportError('network', 'no answer'));
    render(<TeamsTabRoot preferences={preferences} clock={clock} services={services} />);
    expect(await screen.findByRole('button', { name: /try again/i })).toBeInTheDocument();
  });
});
