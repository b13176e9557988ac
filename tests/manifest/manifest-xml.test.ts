import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { readManifestJson, readManifestText } from './support';

// The add-in-only manifest has no offline schema here (the XSDs are not published in a fetchable form), so it is
// checked structurally: well-formed, the elements Outlook requires, https URLs, and the same id and permission as
// the unified manifest.
const OFFICE_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

function parseStrict(text: string): Document {
  const problems: string[] = [];
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push(message);
      },
    }).parseFromString(text, 'text/xml');
    if (!problems.length) return doc;
  } catch (error) {
    problems.push(String(error));
  }
  throw new Error(`manifest.xml is not well-formed: ${problems.join('; ')}`);
}

const doc = parseStrict(readManifestText('manifest.xml'));
const json = readManifestJson();
const all = (name: string): Element[] => Array.from(doc.getElementsByTagNameNS('*', name));
const only = (name: string): Element => {
  const found = all(name);
  const [first] = found;
  if (!first || found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return first;
};
/** A direct child of <OfficeApp> (VersionOverrides has its own Description elements). */
const topLevel = (name: string): Element => {
  const found = Array.from(doc.documentElement!.childNodes).find((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
  if (!found) throw new Error(`no top-level <${name}>`);
  return found;
};
const xsiType = (el: Element) => el.getAttributeNS(XSI_NS, 'type');

/** The unified manifest's resource-specific permission and the XML's <Permissions> value that grant the same. */
const PERMISSION_EQUIVALENT: Record<string, string> = {
  'MailboxItem.Read.User': 'ReadItem',
  'MailboxItem.ReadWrite.User': 'ReadWriteItem',
  'Mailbox.ReadWrite.User': 'ReadWriteMailbox',
};

describe('manifest.xml (add-in-only manifest)', () => {
  it('rejects a document that is not well-formed (the parser check is real)', () => {
    expect(() => parseStrict('<OfficeApp><Id>x</OfficeApp>')).toThrow(/well-formed/);
  });

  it('is a MailApp in the Office add-in namespace with the elements Outlook requires, in order', () => {
    const root = doc.documentElement!;
    expect(root.localName).toBe('OfficeApp');
    expect(root.namespaceURI).toBe(OFFICE_NS);
    expect(xsiType(root)).toBe('MailApp');
    const children = Array.from(root.childNodes).filter((n): n is Element => n.nodeType === 1).map((n) => n.localName ?? '');
    const required = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'Hosts', 'Requirements', 'FormSettings', 'Permissions', 'Rule', 'VersionOverrides'];
    expect(children.filter((c) => required.includes(c))).toEqual(required);
    expect(only('Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('regression: has its own id, not manifest.json\'s, so users never see two Rapports (manifest.json hides this one)', () => {
    const id = only('Id').textContent?.trim();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(id).not.toBe(json.id);
    const extensions = json.extensions as Array<{ alternates?: Array<{ hide?: { customOfficeAddin?: { officeAddinId: string } } }> }>;
    expect(extensions[0]?.alternates?.some((a) => a.hide?.customOfficeAddin?.officeAddinId === id)).toBe(true);
  });

  it('asks for the same item permission as manifest.json', () => {
    const rsc = (json.authorization as { permissions: { resourceSpecific: Array<{ name: string }> } }).permissions.resourceSpecific;
    expect(rsc.map((p) => PERMISSION_EQUIVALENT[p.name])).toEqual([only('Permissions').textContent?.trim()]);
  });

  it('activates on appointments being organised and adds its buttons to AppointmentOrganizerCommandSurface', () => {
    const rules = all('Rule').filter((r) => xsiType(r) === 'ItemIs');
    expect(rules.map((r) => [r.getAttribute('ItemType'), r.getAttribute('FormType')])).toEqual([['Appointment', 'Edit']]);
    const points = all('ExtensionPoint').map(xsiType);
    expect(points).toEqual(['AppointmentOrganizerCommandSurface']);
    const actions = all('Action').map(xsiType).sort();
    expect(actions).toEqual(['ExecuteFunction', 'ShowTaskpane']);
  });

  it('names the same function command as the unified manifest', () => {
    const [{ runtimes }] = json.extensions as [{ runtimes: Array<{ actions: Array<{ id: string; type: string }> }> }];
    const functions = runtimes.flatMap((r) => r.actions).filter((a) => a.type === 'executeFunction').map((a) => a.id);
    expect(all('FunctionName').map((f) => f.textContent?.trim())).toEqual(functions);
  });

  it('resolves every resid to a resource', () => {
    const ids = new Set(all('Resources').flatMap((r) => Array.from(r.getElementsByTagNameNS('*', '*'))).map((el) => el.getAttribute('id')).filter(Boolean));
    const resids = Array.from(doc.getElementsByTagNameNS('*', '*')).map((el) => el.getAttribute('resid')).filter((v): v is string => Boolean(v));
    expect(resids.length).toBeGreaterThan(5);
    expect(resids.filter((r) => !ids.has(r))).toEqual([]);
  });

  it('uses https for every URL and points at the same pages as the unified manifest', () => {
    const values = Array.from(doc.getElementsByTagNameNS('*', '*'))
      .flatMap((el) => [el.getAttribute('DefaultValue'), el.localName === 'AppDomain' ? el.textContent : null])
      .filter((v): v is string => Boolean(v) && /^[a-z]+:\/\//i.test(v as string));
    expect(values.length).toBeGreaterThan(5);
    expect(values.filter((v) => !v.startsWith('https://'))).toEqual([]);
    const pages = values.filter((v) => v.endsWith('.html')).map((v) => new URL(v).pathname);
    expect(new Set(pages)).toEqual(new Set(['/taskpane.html', '/commands.html']));
  });

  it('is localised in Hebrew and Swedish', () => {
    const overrides = all('Override').map((o) => o.getAttribute('Locale'));
    expect(new Set(overrides)).toEqual(new Set(['he-IL', 'sv-SE']));
    for (const name of ['DisplayName', 'Description']) {
      expect(Array.from(topLevel(name).getElementsByTagNameNS('*', 'Override')).map((o) => o.getAttribute('Locale')).sort()).toEqual(['he-IL', 'sv-SE']);
    }
  });
});
