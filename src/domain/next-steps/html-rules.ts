/** What an element is to a reader of Outlook bodies: hidden, a block, a list paragraph, the start of quoted text. */
type Attribs = Record<string, string>;

const SKIPPED = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'button', 'meta', 'link', 'xml']);
export const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'center', 'pre', 'dl', 'dt', 'dd',
  'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'form', 'fieldset',
]);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|font-size\s*:\s*0(?:\.0+)?(?:[a-z%]+)?\s*(?:!important)?\s*(?:;|$)|max-height\s*:\s*0(?:px)?\s*(?:!important)?\s*(?:;|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:!important)?\s*(?:;|$))/i;
// Outlook prefixes ids and classes of the quoted message with "x_" (once per reply level).
const bare = (value: string) => value.replace(/^(?:x_)+/i, '');
const QUOTE_IDS = new Set(['divrplyfwdmsg', 'appendonsend', 'olk_src_body_section', 'mail-editor-reference-message-container']);
const QUOTE_CLASSES = /(?:^|\s)(?:x_)*(?:gmail_quote|outlookmessageheader|moz-cite-prefix|yahoo_quoted)(?:\s|$)/i;

export const isHidden = (name: string, attribs: Attribs): boolean =>
  SKIPPED.has(name) || attribs.hidden !== undefined || (attribs.style !== undefined && HIDDEN_STYLE.test(attribs.style));
export const isQuoteStart = (attribs: Attribs): boolean =>
  (attribs.id !== undefined && QUOTE_IDS.has(bare(attribs.id).toLowerCase())) || (attribs.class !== undefined && QUOTE_CLASSES.test(attribs.class));
export const isListParagraph = (attribs: Attribs): boolean =>
  /(?:^|\s)(?:x_)*MsoListParagraph/i.test(attribs.class ?? '') || /mso-list\s*:\s*l\d/i.test(attribs.style ?? '');
/** Word writes a list item's bullet or number as text in a `mso-list:Ignore` span. */
export const isMsoListGlyph = (attribs: Attribs): boolean => attribs.style !== undefined && /mso-list\s*:\s*ignore/i.test(attribs.style);
