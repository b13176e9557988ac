/**
 * What Outlook does to HTML that an add-in inserts, closely enough for the simulator: scripts, styles, frames,
 * forms and event handler attributes go, and links keep only https and mailto. The simulator's body is a live
 * contenteditable in the page, so this is also what keeps a hostile attendee name or subject inert there.
 */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT', 'LINK', 'META', 'BASE', 'SVG', 'MATH', 'TEMPLATE']);

function clean(node: Element): void {
  for (const child of Array.from(node.children)) {
    if (DROPPED.has(child.tagName.toUpperCase())) {
      child.remove();
      continue;
    }
    for (const attribute of Array.from(child.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim().toLowerCase();
      const unsafeUrl = (name === 'href' || name === 'src') && !/^(https:|mailto:)/.test(value);
      if (name.startsWith('on') || name === 'srcdoc' || unsafeUrl) child.removeAttribute(attribute.name);
    }
    clean(child);
  }
}

/** Parses HTML into an inert fragment (a <template> never runs scripts or loads images) and cleans it. */
export function sanitizeToFragment(doc: Document, html: string): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = html;
  const holder = doc.createElement('div');
  holder.append(template.content);
  clean(holder);
  const fragment = doc.createDocumentFragment();
  fragment.append(...Array.from(holder.childNodes));
  return fragment;
}

export function sanitizeHtml(doc: Document, html: string): string {
  const holder = doc.createElement('div');
  holder.append(sanitizeToFragment(doc, html));
  return holder.innerHTML;
}

/** Plain text as Outlook shows it in an HTML body: escaped, line breaks kept. */
export function textToFragment(doc: Document, text: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    fragment.append(doc.createTextNode(line));
  });
  return fragment;
}
