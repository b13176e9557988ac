import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IndexPage } from '../../../src/shell/demo/index-page';

const NOW = new Date('2026-11-23T12:00:00Z');
const renderPage = (locale: 'en' | 'he' | 'sv', search = '') =>
  render(<IndexPage locale={locale} theme="default" search={search} now={NOW} timeZone="Europe/Stockholm" />);

const previewHtml = () => screen.getByTitle(/agenda preview|תצוגה מקדימה|Förhandsvisning/i).getAttribute('srcdoc') ?? '';

describe('the demo index page', () => {
  it('links to both surfaces in the chosen language, keeping the other page parameters', () => {
    renderPage('sv', '?theme=dark');
    expect(screen.getByRole('link', { name: /Outlook/ })).toHaveAttribute('href', '/outlook.html?theme=dark&lang=sv');
    expect(screen.getByRole('link', { name: /Teams/ })).toHaveAttribute('href', '/teams.html?theme=dark&lang=sv');
    const languages = within(screen.getByRole('navigation', { name: 'Språk' }));
    expect(languages.getByRole('link', { name: 'עברית' })).toHaveAttribute('href', '/?theme=dark&lang=he');
    expect(languages.getByRole('link', { name: 'Svenska' })).toHaveAttribute('aria-current', 'page');
  });

  it('previews the weekly agenda for the sample meeting in a sandboxed frame', () => {
    renderPage('en');
    const frame = screen.getByTitle('Agenda preview for the sample meeting');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(previewHtml()).toContain('<h2>1:1 agenda · Noa Cohen · Tue, Nov 24, 2026</h2>');
    expect(previewHtml()).toContain('Send the updated proposal to Contoso');
    expect(previewHtml()).not.toContain('Pipeline review');
  });

  // A generous limit: the machine is shared, and this test clicks through several controls.
  it('follows the template, pipeline and length choices', async () => {
    const user = userEvent.setup();
    renderPage('en');
    await user.click(screen.getByRole('radio', { name: 'Rebuilding trust' }));
    expect(previewHtml()).toContain('Looking back');
    expect(previewHtml()).toContain('answer your messages within one working day');
    await user.click(screen.getByRole('switch', { name: 'Add a short pipeline review' }));
    expect(previewHtml()).toContain('Pipeline review');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Length' }), '60 minutes');
    expect(previewHtml()).toMatch(/<i>(10|15|20) min<\/i>/);
  }, 30_000);

  it('shows the plain-text form on request', async () => {
    const user = userEvent.setup();
    renderPage('en');
    await user.click(screen.getByRole('tab', { name: 'Plain text' }));
    expect(screen.getByRole('tabpanel', { name: 'Plain text' })).toHaveTextContent('Who | What | By when');
  });

  it('renders Hebrew right to left, the agenda included', () => {
    renderPage('he');
    expect(screen.getByRole('heading', { level: 1, name: 'הדגמה של Rapport' }).closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(previewHtml()).toContain('<html lang="he" dir="rtl">');
    expect(previewHtml()).toContain('<h2 dir="rtl" style="text-align:right">סדר יום לפגישת 1:1 · Noa Cohen');
  });
});
