import { Button, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { auth, signInMessage } from '../../i18n/catalogues/auth';
import type { Locale } from '../../i18n/locale';
import { translator } from '../../i18n/translate';
import type { SignInError } from '../../ports/errors';

const useStyles = makeStyles({
  link: { wordBreak: 'break-all', display: 'block', marginBlockStart: tokens.spacingVerticalXS },
});

/**
 * A sign-in outcome in words, with the one button that leads on: "Sign in" opens the window from this click
 * (browsers block windows that no click opened), "Try again" retries silently, and for admin consent the link an
 * admin must open, with a button that copies it.
 */
export function SignInNotice({ error, locale, onSignIn, onRetry }: { error: SignInError; locale: Locale; onSignIn: () => void; onRetry: () => void }) {
  const styles = useStyles();
  const t = translator(auth, locale);
  const { title, body, action } = signInMessage(error.reason);
  const [copied, setCopied] = useState(false);
  const link = error.details.adminConsentUrl;
  const intent = error.reason === 'blocked-by-policy' || error.reason === 'unknown' ? 'error' : 'warning';
  return (
    <MessageBar intent={intent} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t(title)}</MessageBarTitle>
        {t(body)}
        {action === 'copyAdminLink' && link && /^https:\/\//.test(link) && (
          <Link className={styles.link} href={link} target="_blank" rel="noopener noreferrer">
            {link}
          </Link>
        )}
        {copied && <Text role="status">{t('linkCopied')}</Text>}
      </MessageBarBody>
      <MessageBarActions>
        {action === 'copyAdminLink' && link && (
          <Button onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false))}>{t('copyAdminLink')}</Button>
        )}
        {action === 'signIn' ? (
          <Button appearance="primary" onClick={onSignIn}>
            {t('signIn')}
          </Button>
        ) : (
          <Button appearance="primary" onClick={onRetry}>
            {t('tryAgain')}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
