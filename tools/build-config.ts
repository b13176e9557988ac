import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RuntimeConfig } from '../src/ports/auth';
import { validateConfig } from '../src/adapters/config/load-config';

/**
 * config.json for a tenant build, from the environment (or a .env file beside package.json; see .env.example).
 * Every missing or malformed value is reported at once, each with where to find the right one, and the build stops.
 * The demo needs none of this: its server answers /config.json itself.
 */
export interface ConfigVariable {
  name: string;
  required: boolean;
  where: string;
}

export const CONFIG_VARIABLES: ConfigVariable[] = [
  {
    name: 'RAPPORT_CLIENT_ID',
    required: true,
    where: 'Microsoft Entra admin center → App registrations → Rapport → Overview → "Application (client) ID" (see docs/deploying.md §1)',
  },
  {
    name: 'RAPPORT_TENANT',
    required: true,
    where: '"organizations" for any work account, or Overview → "Directory (tenant) ID" (or a verified domain such as contoso.onmicrosoft.com) to allow one organization only',
  },
  {
    name: 'RAPPORT_ORIGIN',
    required: true,
    where: 'the https origin where you host dist/ (no path), e.g. https://rapport.contoso.com; `npm run package -- --origin` sets it',
  },
  {
    name: 'RAPPORT_GRAPH_BASE_URL',
    required: false,
    where: 'leave empty for https://graph.microsoft.com; national clouds: https://graph.microsoft.us, https://dod-graph.microsoft.us, https://microsoftgraph.chinacloudapi.cn',
  },
];

/** Graph endpoint → the Entra ID sign-in host of the same cloud. */
const CLOUDS: Record<string, string> = {
  'https://graph.microsoft.com': 'https://login.microsoftonline.com',
  'https://graph.microsoft.us': 'https://login.microsoftonline.us',
  'https://dod-graph.microsoft.us': 'https://login.microsoftonline.us',
  'https://microsoftgraph.chinacloudapi.cn': 'https://login.partner.microsoftonline.cn',
};

export class ConfigBuildError extends Error {
  constructor(readonly problems: Array<{ name: string; problem: string; where: string }>) {
    super(
      ['Cannot build config.json:', ...problems.map((p) => `  ${p.name}: ${p.problem}.\n    Where to get it: ${p.where}.`), 'See .env.example and docs/deploying.md.'].join('\n'),
    );
    this.name = 'ConfigBuildError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const isLocalhost = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/** Checks an origin: https (http only on localhost), no path, query or fragment. Returns a problem or null. */
export function originProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a URL`;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocalhost(url.hostname))) {
    return `"${value}" must use https (Office and Teams load add-ins and tabs over https only; http is allowed on localhost)`;
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) return `"${value}" must be an origin only, without a path`;
  return null;
}

export function buildConfig(env: Record<string, string | undefined>): RuntimeConfig {
  const problems: ConfigBuildError['problems'] = [];
  const variable = (name: string) => CONFIG_VARIABLES.find((v) => v.name === name) as ConfigVariable;
  const read = (name: string) => (env[name] ?? '').trim();
  const complain = (name: string, problem: string) => problems.push({ name, problem, where: variable(name).where });
  for (const v of CONFIG_VARIABLES) if (v.required && !read(v.name)) complain(v.name, 'is missing');

  const clientId = read('RAPPORT_CLIENT_ID');
  if (clientId && !GUID.test(clientId)) complain('RAPPORT_CLIENT_ID', `"${clientId}" is not a GUID`);
  else if (/^[0-]+$/.test(clientId) && clientId) complain('RAPPORT_CLIENT_ID', 'is still the placeholder of .env.example');
  const tenant = read('RAPPORT_TENANT');
  if (tenant === 'common' || tenant === 'consumers') {
    complain('RAPPORT_TENANT', `"${tenant}" would admit personal Microsoft accounts, which have no Planner or Teams; use "organizations"`);
  } else if (tenant && tenant !== 'organizations' && !GUID.test(tenant) && !DOMAIN.test(tenant)) {
    complain('RAPPORT_TENANT', `"${tenant}" is neither "organizations", a tenant GUID nor a domain`);
  }
  const origin = read('RAPPORT_ORIGIN').replace(/\/+$/, '');
  const badOrigin = origin ? originProblem(origin) : null;
  if (badOrigin) complain('RAPPORT_ORIGIN', badOrigin);
  const graphBaseUrl = (read('RAPPORT_GRAPH_BASE_URL') || 'https://graph.microsoft.com').replace(/\/+$/, '');
  if (!CLOUDS[graphBaseUrl]) complain('RAPPORT_GRAPH_BASE_URL', `"${graphBaseUrl}" is not a Microsoft Graph endpoint (no version segment)`);
  if (problems.length) throw new ConfigBuildError(problems);

  const config = { mode: 'tenant' as const, graphBaseUrl, clientId, authority: `${CLOUDS[graphBaseUrl]}/${tenant}`, origin };
  return validateConfig(config); // the same check every page runs on /config.json
}

/** KEY=value lines of a .env file; `#` comments and blank lines ignored, surrounding quotes removed. */
export function parseEnvFile(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trim().startsWith('#')) continue;
    result[match[1] as string] = (match[2] as string).replace(/^(['"])(.*)\1$/, '$2');
  }
  return result;
}

/** The environment with .env underneath it (the environment wins). */
export function environmentWithDotEnv(root: string, env: NodeJS.ProcessEnv = process.env): Record<string, string | undefined> {
  const file = resolve(root, '.env');
  return { ...(existsSync(file) ? parseEnvFile(readFileSync(file, 'utf8')) : {}), ...env };
}

export function writeConfig(outFile: string, config: RuntimeConfig): void {
  writeFileSync(outFile, `${JSON.stringify(config, null, 2)}\n`);
}

if (require.main === module) {
  const root = resolve(__dirname, '..');
  const args = process.argv.slice(2);
  const out = resolve(root, args[args.indexOf('--out') + 1] && args.includes('--out') ? (args[args.indexOf('--out') + 1] as string) : 'dist/config.json');
  try {
    const config = buildConfig(environmentWithDotEnv(root));
    writeConfig(out, config);
    process.stdout.write(`Wrote ${out} for ${config.origin} (${config.authority}).\n`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
