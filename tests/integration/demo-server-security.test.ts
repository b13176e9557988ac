import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer } from '../../tools/demo-server/server';

describe('the demo server sends the production security headers, with the emulator as Graph', () => {
  let demo: Awaited<ReturnType<typeof startDemoServer>>;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'rapport-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>x</title>');
    demo = await startDemoServer({ port: 0, distDir: dist, graphBaseUrl: 'http://localhost:4999' });
  });
  afterAll(() => demo.close());

  it('on pages and on config.json, allowing the emulator and no sign-in host', async () => {
    for (const path of ['/', '/config.json']) {
      const response = await fetch(`${demo.url}${path}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("connect-src 'self' http://localhost:4999");
      expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com");
      expect(policy).not.toContain('login.microsoftonline.com');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
