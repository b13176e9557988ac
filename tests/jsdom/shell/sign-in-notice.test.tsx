import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SignInNotice } from '../../../src/shell/common/sign-in-notice';
import { SignInError, type SignInReason } from '../../../src/ports/errors';

function show(reason: SignInReason, locale: 'en' | 'he' | 'sv' = 'en', details = {}) {
  const calls: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <SignInNotice error={new SignInError(reason, 'x', details)} locale={locale} onSignIn={() => calls.push('signIn')} onRetry={() => calls.push('retry')} />
    </FluentProvider>,
  );
  return calls;
}

describe('SignInNotice', () => {
  it('a blocked popup offers Sign in, which opens the window from the click', async () => {
    const calls = show('popup-blocked');
    expect(screen.getByRole('alert')).toHaveTextContent('The sign-in window was blocked');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(calls).toEqual(['signIn']);
  });

  it('admin consent shows the link for the admin and copies it', async () => {
    const url = 'https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=c1';
    const user = userEvent.setup();
    show('admin-consent-required', 'en', { adminConsentUrl: url });
    expect(screen.getByRole('link', { name: url })).toHaveAttribute('href', url);
    await user.click(screen.getByRole('button', { name: 'Copy the link for your admin' }));
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('offline offers Try again, in Hebrew too', async () => {
    const calls = show('offline', 'he');
    expect(screen.getByRole('alert')).toHaveTextContent('אין חיבור לאינטרנט');
    await userEvent.click(screen.getByRole('button', { name: 'לנסות שוב' }));
    expect(calls).toEqual(['retry']);
  });
});
