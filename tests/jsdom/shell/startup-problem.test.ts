import { getByRole, queryByRole } from '@testing-library/dom';
import { pageLocale, showStartupProblem } from '../../../src/shell/common/startup-problem';

describe('the entries\' last resort when the UI cannot start', () => {
  let root: HTMLElement;
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    root = document.body.appendChild(document.createElement('div'));
    root.textContent = 'Loading…';
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    root.remove();
    consoleError.mockRestore();
  });

  it('a UI chunk that failed to load: an alert in Hebrew, right to left, with a Reload button; the reason goes to the console only', () => {
    const chunkError = new Error('Loading chunk 512 failed. (error: https://rapport.contoso.example/512.js)');
    showStartupProblem(root, 'he', 'loadFailed', chunkError);
    const alert = getByRole(root, 'alert');
    expect(alert).toHaveAttribute('dir', 'rtl');
    expect(alert).toHaveAttribute('lang', 'he');
    expect(alert).toHaveTextContent('Rapport לא הצליח לסיים להיטען');
    expect(getByRole(alert, 'button', { name: 'לטעון מחדש' })).toBeInTheDocument();
    expect(root).not.toHaveTextContent('Loading chunk');
    expect(root).not.toHaveTextContent('Loading…');
    expect(consoleError).toHaveBeenCalledWith('Rapport could not start.', chunkError);
  });

  it('a task pane opened outside Outlook says where Rapport runs, with no Reload that could not help', () => {
    showStartupProblem(root, 'en', 'notInOutlook', new Error('Office.js is not loaded: open Rapport from Outlook.'));
    const alert = getByRole(root, 'alert');
    expect(alert).toHaveAttribute('dir', 'ltr');
    expect(alert).toHaveTextContent('Rapport runs inside Outlook. Open it from an appointment in Outlook.');
    expect(queryByRole(alert, 'button')).not.toBeInTheDocument();
  });

  it('speaks the page\'s language: ?lang= first, then the host\'s from the URL, then the browser\'s, then English', () => {
    expect(pageLocale('?lang=sv', 'he-IL')).toBe('sv');
    expect(pageLocale('?hostLocale=sv-se', 'he-IL')).toBe('sv');
    expect(pageLocale('?hostLocale={locale}', 'he-IL')).toBe('he');
    expect(pageLocale('?hostLocale={app.locale}&hostLocale=sv-se', 'he-IL')).toBe('sv');
    expect(pageLocale('?lang=xx', 'he-IL')).toBe('he');
    expect(pageLocale('', 'sv-FI')).toBe('sv');
    expect(pageLocale('', 'de-DE')).toBe('en');
    expect(pageLocale('', undefined)).toBe('en');
  });
});
