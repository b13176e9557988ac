import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildConfig, CONFIG_VARIABLES, ConfigBuildError, originProblem, parseEnvFile } from '../../../tools/build-config';

const good = {
  RAPPORT_CLIENT_ID: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  RAPPORT_TENANT: 'organizations',
  RAPPORT_ORIGIN: 'https://rapport.contoso.example',
};

function problems(env: Record<string, string | undefined>): ConfigBuildError['problems'] {
  try {
    buildConfig(env);
  } catch (error) {
    if (error instanceof ConfigBuildError) return error.problems;
    throw error;
  }
  throw new Error('expected the build to fail');
}

describe('buildConfig (config.json from the environment)', () => {
  it('builds a tenant config with the authority of the chosen tenant and the default Graph endpoint', () => {
    expect(buildConfig(good)).toEqual({
      mode: 'tenant',
      graphBaseUrl: 'https://graph.microsoft.com',
      clientId: good.RAPPORT_CLIENT_ID,
      authority: 'https://login.microsoftonline.com/organizations',
      origin: 'https://rapport.contoso.example',
    });
  });

  it('signs in against the national cloud of a national Graph endpoint, for one tenant by domain', () => {
    const config = buildConfig({ ...good, RAPPORT_TENANT: 'contoso.onmicrosoft.us', RAPPORT_GRAPH_BASE_URL: 'https://graph.microsoft.us/' });
    expect([config.graphBaseUrl, config.authority]).toEqual(['https://graph.microsoft.us', 'https://login.microsoftonline.us/contoso.onmicrosoft.us']);
  });

  it('names every missing value, with where to get it, in one failure', () => {
    const found = problems({});
    expect(found.map((p) => p.name)).toEqual(['RAPPORT_CLIENT_ID', 'RAPPORT_TENANT', 'RAPPORT_ORIGIN']);
    expect(found[0]?.where).toMatch(/Application \(client\) ID/);
    expect(() => buildConfig({})).toThrow(/RAPPORT_CLIENT_ID: is missing[\s\S]*Where to get it/);
  });

  it.each([
    ['RAPPORT_CLIENT_ID', 'rapport-app', /not a GUID/],
    ['RAPPORT_CLIENT_ID', '00000000-0000-0000-0000-000000000000', /placeholder/],
    ['RAPPORT_TENANT', 'common', /personal Microsoft accounts/],
    ['RAPPORT_TENANT', 'not a tenant', /neither/],
    ['RAPPORT_ORIGIN', 'http://rapport.contoso.example', /must use https/],
    ['RAPPORT_ORIGIN', 'https://contoso.example/rapport', /without a path/],
    ['RAPPORT_GRAPH_BASE_URL', 'https://graph.microsoft.com/v1.0', /not a Microsoft Graph endpoint/],
  ])('rejects %s=%s', (name, value, message) => {
    const found = problems({ ...good, [name]: value });
    expect(found).toHaveLength(1);
    expect(found[0]?.name).toBe(name);
    expect(found[0]?.problem).toMatch(message);
  });

  it('allows http on localhost only (a developer machine)', () => {
    expect(originProblem('http://localhost:3000')).toBeNull();
    expect(originProblem('http://10.0.0.5:3000')).toMatch(/https/);
  });
});

describe('.env.example', () => {
  const example = parseEnvFile(readFileSync(resolve(__dirname, '../../../.env.example'), 'utf8'));

  it('lists exactly the variables the build reads', () => {
    expect(Object.keys(example).sort()).toEqual(CONFIG_VARIABLES.map((v) => v.name).sort());
  });

  it('does not build as it is: its client id is a placeholder someone must replace', () => {
    expect(problems(example).map((p) => p.name)).toEqual(['RAPPORT_CLIENT_ID']);
  });

  it('is parsed like a shell would: comments skipped, quotes removed, export allowed', () => {
    expect(parseEnvFile('# c\nexport A="x y"\nB=\'z\'\n\nC=')).toEqual({ A: 'x y', B: 'z', C: '' });
  });
});
