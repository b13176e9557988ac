import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import { MANIFEST_DIR, pngSize, readManifestJson, readManifestText, resolveLocalisationKey, urlsIn } from './support';

// manifest.json must validate against the official schema of the version it declares (a copy in manifest/schema,
// since the $schema URL cannot be fetched here). The schema is draft-04 and uses `const`, which ajv-draft-04 knows.
const manifest = readManifestJson();

/** ajv-draft-04 without ajv-formats: the schema's only format is "uri" (on `$schema`); check it with URL. */
function schemaValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv.compile(JSON.parse(readFileSync(resolve(MANIFEST_DIR, 'schema', `v${manifest.manifestVersion}.schema.json`), 'utf8')));
}

interface Extension {
  runtimes: Array<{ id: string; code: { page: string }; actions: Array<{ id: string; type: string }> }>;
  ribbons: Array<{ contexts: string[]; tabs: Array<{ groups: Array<{ controls: Array<{ actionId: string; icons: Array<{ size: number }> }> }> }> }>;
  alternates?: Array<{ alternateIcons?: { icon: { url: string }; highResolutionIcon: { url: string } }; hide?: { customOfficeAddin?: { officeAddinId: string } } }>;
  requirements: { capabilities: Array<{ name: string; minVersion: string }> };
}
const [extension] = manifest.extensions as [Extension];

describe('manifest.json (unified app manifest)', () => {
  it('declares manifestVersion 1.17 or later and validates against the official schema of that version', () => {
    const [major, minor] = manifest.manifestVersion.split('.').map(Number);
    expect(major === 1 && (minor ?? 0) >= 17).toBe(true);
    const schemaPath = resolve(MANIFEST_DIR, 'schema', `v${manifest.manifestVersion}.schema.json`);
    expect(existsSync(schemaPath)).toBe(true);
    const validate = schemaValidator();
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check is real: a manifest without an id or with an unknown ribbon context is rejected', () => {
    const validate = schemaValidator();
    const { id: _id, ...withoutId } = manifest;
    expect(validate(withoutId)).toBe(false);
    const badContext = JSON.parse(JSON.stringify(manifest));
    badContext.extensions[0].ribbons[0].contexts = ['appointmentCompose'];
    expect(validate(badContext)).toBe(false);
  });

  it('puts the ribbon on the appointment organizer surface and wires each button to a declared action', () => {
    expect(extension.ribbons.flatMap((r) => r.contexts)).toContain('meetingDetailsOrganizer');
    const actions = new Map(extension.runtimes.flatMap((r) => r.actions.map((a) => [a.id, a.type] as const)));
    const controls = extension.ribbons.flatMap((r) => r.tabs.flatMap((t) => t.groups.flatMap((g) => g.controls)));
    expect(controls.map((c) => actions.get(c.actionId)).sort()).toEqual(['executeFunction', 'openPage']);
    for (const control of controls) expect(control.icons.map((i) => i.size).sort((a, b) => a - b)).toEqual([16, 32, 80]);
  });

  it('has a task pane runtime and a function-command runtime on the pages webpack builds', () => {
    const pages = extension.runtimes.map((r) => new URL(r.code.page).pathname).sort();
    expect(pages).toEqual(['/commands.html', '/taskpane.html']);
    expect(extension.requirements.capabilities).toContainEqual({ name: 'Mailbox', minVersion: '1.3' });
  });

  it('declares alternateIcons so older Outlook gets a generated add-in', () => {
    const alternate = extension.alternates?.find((a) => a.alternateIcons);
    expect(alternate?.alternateIcons?.icon.url).toMatch(/icon-64\.png$/);
    expect(alternate?.alternateIcons?.highResolutionIcon.url).toMatch(/icon-128\.png$/);
  });

  it('declares the Teams personal tab on /teams.html', () => {
    const tabs = manifest.staticTabs as Array<{ contentUrl: string; scopes: string[] }>;
    expect(tabs.map((t) => [new URL(t.contentUrl).pathname, t.scopes])).toEqual([['/teams.html', ['personal']]]);
    // Teams fills these in, so the tab's first render has the host's language and theme (src/shell/teams-tab/preferences.ts).
    // Both forms: {app.locale}/{app.theme} are the TeamsJS v2 names ("Get context for your tab"), {locale}/{theme}
    // their names before v2; the page takes the first one filled in (src/shell/common/host-params.ts).
    const params = new URL(tabs[0]!.contentUrl).searchParams;
    expect(params.getAll('hostLocale')).toEqual(['{app.locale}', '{locale}']);
    expect(params.getAll('hostTheme')).toEqual(['{app.theme}', '{theme}']);
  });

  it('asks for admin consent at central deployment: webApplicationInfo names the app registration and the origin', () => {
    const info = manifest.webApplicationInfo as { id: string; resource: string };
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(new URL(info.resource).pathname).toBe('/');
  });

  it('hides the add-in-only manifest (its own id) where both are installed, through alternates[].hide.customOfficeAddin', () => {
    const hidden = extension.alternates?.flatMap((a) => (a.hide?.customOfficeAddin ? [a.hide.customOfficeAddin.officeAddinId] : []));
    const xmlId = /<Id>([^<]+)<\/Id>/.exec(readManifestText('manifest.xml'))?.[1];
    expect(hidden).toEqual([xmlId]);
    expect(xmlId).not.toBe(manifest.id);
  });

  it('uses https for every URL', () => {
    const urls = urlsIn(manifest);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.url.startsWith('https://'))).toEqual([]);
  });

  it('has the Teams icons in the required sizes and every add-in icon size it names', () => {
    expect(pngSize('icons/color.png')).toEqual({ width: 192, height: 192 });
    expect(pngSize('icons/outline.png')).toEqual({ width: 32, height: 32 });
    for (const { url } of urlsIn(manifest).filter((u) => u.url.endsWith('.png'))) {
      const file = new URL(url).pathname.replace(/^\//, '');
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it('is localised in Hebrew and Swedish, every key naming a string of the manifest', () => {
    const info = manifest.localizationInfo as { defaultLanguageTag: string; additionalLanguages: Array<{ languageTag: string; file: string }> };
    expect(info.defaultLanguageTag).toBe('en-us');
    expect(info.additionalLanguages.map((l) => l.languageTag).sort()).toEqual(['he-il', 'sv-se']);
    for (const { file } of info.additionalLanguages) {
      const strings = JSON.parse(readManifestText(file)) as Record<string, string>;
      const keys = Object.keys(strings).filter((k) => k !== '$schema');
      expect(keys).toEqual(expect.arrayContaining(['name.short', 'name.full', 'description.short', 'description.full']));
      for (const key of keys) {
        expect([key, typeof resolveLocalisationKey(manifest, key)]).toEqual([key, 'string']);
        expect(strings[key]?.trim()).not.toBe('');
        // Only the product name stays the same in every language.
        if (key.startsWith('description')) expect(strings[key]).not.toBe(resolveLocalisationKey(manifest, key));
      }
    }
  });
});
