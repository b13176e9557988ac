import { escapeHtml, isolateBidi, safeHref, singleLine, userText } from '../../../../src/domain/agenda/html';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('שלום · Hej')).toBe('שלום · Hej');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://contoso.sharepoint.com/a?b=c', 'https://contoso.sharepoint.com/a?b=c'],
    [' mailto:dana@contoso.com ', 'mailto:dana@contoso.com'],
  ])('keeps %p', (url, expected) => expect(safeHref(url)).toBe(expected));

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,x', 'http://contoso.com', 'vbscript:x', '//evil.example', 'not a url', ''])(
    'drops %p',
    (url) => expect(safeHref(url)).toBeNull(),
  );
});

describe('user text', () => {
  it('folds control characters and line breaks into one space', () => {
    expect(singleLine('a\r\nb\u0000c\u2028d')).toBe('a b c d');
  });

  it('isolates text that carries bidi controls, and leaves other text alone', () => {
    expect(isolateBidi('\u202eevil')).toBe('\u2068\u202eevil\u2069');
    expect(isolateBidi('דנה Levi')).toBe('דנה Levi');
    expect(userText('a\n\u202eb')).toBe('\u2068a \u202eb\u2069');
  });
});
