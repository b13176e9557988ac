import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { InteractiveTokenProvider } from '../../../src/adapters/auth';
import { SignInError } from '../../../src/ports/errors';
import { SignInGate } from '../../../src/shell/outlook-taskpane/sign-in-gate';

/** A token provider whose silent sign-in fails until the user signs in from a click. */
function blockedUntilClicked(): InteractiveTokenProvider & { windows: number } {
  let signedIn = false;
  const provider = {
    method: 'popup' as const,
    windows: 0,
    getToken: async () => {
      if (!signedIn) throw new SignInError('popup-blocked', 'blocked');
      return 'token';
    },
    signIn: async () => {
      provider.windows += 1;
      signedIn = true;
      return 'token';
    },
  };
  return provider;
}

const renderGate = (tokens: InteractiveTokenProvider | null) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <SignInGate tokens={tokens} locale="sv">
        <p>The pane</p>
      </SignInGate>
    </FluentProvider>,
  );

describe('SignInGate', () => {
  it('renders the pane at once and shows a sign-in problem above it, which a click on Sign in solves', async () => {
    const tokens = blockedUntilClicked();
    renderGate(tokens);
    expect(screen.getByText('The pane')).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('Inloggningsfönstret blockerades');
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(tokens.windows).toBe(1);
    await screen.findByText('The pane');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is only the children in the demo', () => {
    renderGate(null);
    expect(screen.getByText('The pane')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
