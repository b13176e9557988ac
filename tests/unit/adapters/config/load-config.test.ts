import { loadConfig, RuntimeConfigError, validateConfig } from '../../../../src/adapters/config/load-config';
import { startScriptedServer } from '../../../support/scripted-server';

const demo = { mode: 'demo', graphBaseUrl: 'http://127.0.0.1:4000/', clientId: null, authority: null, origin: 'http://127.0.0.1:3000' };

const problemsOf = (raw: unknown): string[] => {
  try {
    validateConfig(raw);
    return [];
  } catch (error) {
    if (error instanceof RuntimeConfigError) return error.problems;
    throw error;
  }
};

describe('runtime configuration', () => {
  it('reads /config.json and trims trailing slashes', async () => {
    const server = await startScriptedServer((request) => (request.url === '/config.json' ? { status: 200, body: demo } : { status: 404 }));
    try {
      await expect(loadConfig(fetch, `${server.url}/config.json`)).resolves.toEqual({ ...demo, graphBaseUrl: 'http://127.0.0.1:4000' });
      await expect(loadConfig(fetch, `${server.url}/missing.json`)).rejects.toBeInstanceOf(RuntimeConfigError);
    } finally {
      await server.close();
    }
  });

  it('says what is wrong', () => {
    expect(problemsOf(demo)).toEqual([]);
    expect(problemsOf([])).toEqual(['not a JSON object']);
    expect(problemsOf({ ...demo, mode: 'prod' })).toEqual(['mode must be "demo" or "tenant"']);
    expect(problemsOf({ ...demo, graphBaseUrl: 'https://graph.microsoft.com/v1.0' })).toEqual(['graphBaseUrl must not include the version (v1.0/beta)']);
    expect(problemsOf({ ...demo, origin: 'ftp://x' })).toEqual(['origin must be an http(s) URL']);
    expect(problemsOf({ ...demo, mode: 'tenant' })).toEqual(['clientId is required in tenant mode', 'authority is required in tenant mode']);
    expect(problemsOf({ ...demo, mode: 'tenant', clientId: 'abc', authority: 'https://login.microsoftonline.com/organizations' })).toEqual([]);
  });

  it('rejects an answer that is not JSON with a typed error', async () => {
    const server = await startScriptedServer(() => ({ status: 200, body: '<html>', headers: { 'Content-Type': 'text/html' } }));
    try {
      await expect(loadConfig(fetch, `${server.url}/config.json`)).rejects.toMatchObject({ name: 'RuntimeConfigError' });
    } finally {
      await server.close();
    }
  });
});
