import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentSecurityPolicy, HOST_FRAME_ANCESTORS, productionHeaders, productionPolicy } from '../../../tools/hosting/csp';

const hosting = (file: string) => readFileSync(resolve(__dirname, '../../../hosting', file), 'utf8');
const directive = (policy: string, name: string): string[] =>
  (policy.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name) ?? []).slice(1);

describe('the security headers of the hosted pages', () => {
  const policy = productionPolicy();

  it('keeps scripts strict: our origin and the Office CDN, never inline code or eval', () => {
    expect(directive(policy, 'script-src')).toEqual(expect.arrayContaining(["'self'", 'https://appsforoffice.microsoft.com']));
    expect(directive(policy, 'script-src').join(' ')).not.toMatch(/unsafe/);
    expect(directive(policy, 'style-src')).toContain("'unsafe-inline'");
  });

  it('talks only to Graph, Entra ID, SharePoint (the OneDrive download URL) and the teams-js host list', () => {
    expect(directive(policy, 'connect-src')).toEqual([
      "'self'",
      'https://graph.microsoft.com',
      'https://*.sharepoint.com',
      'https://login.microsoftonline.com',
      'https://res.cdn.office.net',
    ]);
  });

  it('lets only the Office and Teams hosts frame the pages, the Teams and Outlook web clients included', () => {
    const ancestors = directive(policy, 'frame-ancestors');
    expect(ancestors).toEqual(["'self'", ...HOST_FRAME_ANCESTORS]);
    expect(ancestors).toEqual(expect.arrayContaining(['https://teams.microsoft.com', 'https://*.cloud.microsoft', 'https://outlook.office.com']));
  });

  it('allows the emulator in the demo policy instead of Graph, and no sign-in host', () => {
    const demo = contentSecurityPolicy({ connect: ['http://localhost:4000'], frameAncestors: [] });
    expect(directive(demo, 'connect-src')).toEqual(["'self'", 'http://localhost:4000', 'https://res.cdn.office.net']);
    expect(directive(demo, 'frame-ancestors')).toEqual(["'self'"]);
  });

  it('Azure Static Web Apps example carries exactly these headers', () => {
    expect(JSON.parse(hosting('staticwebapp.config.json')).globalHeaders).toEqual(productionHeaders());
  });

  it('nginx example carries exactly these headers, included in every location', () => {
    const lines = [...hosting('nginx/security-headers.conf').matchAll(/^add_header (\S+) "(.*)" always;$/gm)];
    expect(Object.fromEntries(lines.map((m) => [m[1], m[2]]))).toEqual(productionHeaders());
    const server = hosting('nginx/rapport.conf');
    expect(server.match(/location /g)?.length).toBe(server.match(/include \/etc\/nginx\/snippets\/rapport\/security-headers\.conf;/g)?.length);
  });
});
