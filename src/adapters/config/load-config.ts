import type { RuntimeConfig } from '../../ports/auth';

/** /config.json is missing, unreadable or wrong: the page cannot start; `problems` says what to fix. */
export class RuntimeConfigError extends Error {
  constructor(readonly problems: string[], options?: { cause?: unknown }) {
    super(`config.json: ${problems.join('; ')}`, options);
    this.name = 'RuntimeConfigError';
  }
}

const isHttpUrl = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** Checks a parsed config.json against docs/contracts.md §2. */
export function validateConfig(raw: unknown): RuntimeConfig {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new RuntimeConfigError(['not a JSON object']);
  const value = raw as Record<string, unknown>;
  const problems: string[] = [];
  const { mode, graphBaseUrl, clientId, authority, origin } = value;
  if (mode !== 'demo' && mode !== 'tenant') problems.push('mode must be "demo" or "tenant"');
  if (!isHttpUrl(graphBaseUrl)) problems.push('graphBaseUrl must be an http(s) URL');
  else if (/\/(v1\.0|beta)\/?$/.test(graphBaseUrl)) problems.push('graphBaseUrl must not include the version (v1.0/beta)');
  if (!isHttpUrl(origin)) problems.push('origin must be an http(s) URL');
  for (const [name, field] of [['clientId', clientId], ['authority', authority]] as const) {
    if (field !== null && field !== undefined && (typeof field !== 'string' || field === '')) problems.push(`${name} must be a string or null`);
    if (mode === 'tenant' && (typeof field !== 'string' || field === '')) problems.push(`${name} is required in tenant mode`);
  }
  if (authority && !isHttpUrl(authority)) problems.push('authority must be an https URL');
  if (problems.length) throw new RuntimeConfigError(problems);
  return {
    mode: mode as RuntimeConfig['mode'],
    graphBaseUrl: (graphBaseUrl as string).replace(/\/+$/, ''),
    clientId: typeof clientId === 'string' ? clientId : null,
    authority: typeof authority === 'string' ? authority : null,
    origin: (origin as string).replace(/\/+$/, ''),
  };
}

/** Reads and validates `/config.json` (every page does this first). */
export async function loadConfig(fetchImpl: typeof fetch = (input, init) => fetch(input, init), url = '/config.json'): Promise<RuntimeConfig> {
  let raw: unknown;
  try {
    const response = await fetchImpl(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) throw new RuntimeConfigError([`GET ${url} answered ${response.status}`]);
    raw = await response.json();
  } catch (error) {
    if (error instanceof RuntimeConfigError) throw error;
    throw new RuntimeConfigError([`GET ${url} failed or is not JSON`], { cause: error });
  }
  return validateConfig(raw);
}
