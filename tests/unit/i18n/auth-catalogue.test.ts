import { auth, signInMessage } from '../../../src/i18n/catalogues/auth';
import { LOCALES } from '../../../src/i18n/locale';
import { translator } from '../../../src/i18n/translate';

const REASONS = ['interaction-required', 'consent-required', 'admin-consent-required', 'blocked-by-policy', 'popup-blocked', 'cancelled', 'in-progress', 'offline', 'unknown'];

describe('the auth catalogue', () => {
  it('has the same keys in every language, and none empty', () => {
    const keys = Object.keys(auth.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(auth[locale]).sort()).toEqual(keys);
      for (const message of Object.values(auth[locale])) expect(message.trim()).not.toBe('');
    }
  });

  it.each(LOCALES)('gives every sign-in outcome a title, a next step and a button in %s', (locale) => {
    const t = translator(auth, locale);
    for (const reason of REASONS) {
      const { title, body, action } = signInMessage(reason);
      expect(t(title)).not.toBe(t(body));
      expect(t(action)).toBeTruthy();
    }
    expect(t('signedIn', { name: 'Dana' })).toContain('Dana');
  });

  it('sends an admin-consent outcome to the admin link, and an unknown reason to the general message', () => {
    expect(signInMessage('admin-consent-required').action).toBe('copyAdminLink');
    expect(signInMessage('something-new')).toEqual({ title: 'unknownTitle', body: 'unknownBody', action: 'tryAgain' });
  });
});
