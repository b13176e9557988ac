import { createGraphAdapters } from '../../src/adapters/graph';
import type { CheckResult } from '../../src/features/tenant-check/check-steps';
import { runTenantCheck } from '../../src/features/tenant-check/run-tenant-check';
import { tenantCheck } from '../../src/i18n/catalogues/tenant-check';
import { translator } from '../../src/i18n/translate';

/**
 * `npm run check:tenant -- --graph https://graph.microsoft.com` with the token in RAPPORT_TOKEN (or `--token`,
 * which leaves it in the shell's history): the Settings page's tenant check from a terminal, as the user whose
 * delegated token it is (one with Rapport's scopes, e.g. from Graph Explorer after consenting). Prints each step
 * and exits 0 when nothing was refused, 1 when something was, 2 on a usage error.
 */
export async function checkTenant(argv: string[], env: Record<string, string | undefined>, print: (line: string) => void): Promise<number> {
  const option = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const token = option('token') ?? env.RAPPORT_TOKEN;
  const graphBaseUrl = (option('graph') ?? 'https://graph.microsoft.com').replace(/\/+$/, '');
  if (!token || !/^https?:\/\//.test(graphBaseUrl)) {
    print('Usage: RAPPORT_TOKEN=<delegated Graph token> npm run check:tenant -- [--graph https://graph.microsoft.com]');
    return 2;
  }
  const t = translator(tenantCheck, 'en');
  const tokens = { getToken: async () => token };
  const { tenantProbe } = createGraphAdapters({ config: { graphBaseUrl }, tokens });
  print(`${t('title')} (${graphBaseUrl})`);
  const results = await runTenantCheck(tenantProbe, { stamp: new Date().toISOString(), onResult: (result) => print(line(result, t)) });
  const refused = results.filter((r) => r.status === 'refused').length;
  print(refused ? t('someRefused', { count: refused }) : t('allWork'));
  return refused ? 1 : 0;
}

function line(result: CheckResult, t: ReturnType<typeof translator<keyof (typeof tenantCheck)['en']>>): string {
  const name = t(result.step);
  if (result.status === 'works') return `  ✓ ${name}: ${t('works')}`;
  if (result.status === 'not-tried') return `  – ${name}: ${t('notTried')}. ${t(result.reason)}`;
  const id = result.requestId ? `, ${t('requestId', { id: result.requestId })}` : '';
  return `  ✗ ${name}: ${t('refused')} (${t('graphCode', { code: `${result.httpStatus ?? ''} ${result.code}`.trim() })}${id})\n      ${t(result.fix)}`;
}

if (require.main === module) {
  checkTenant(process.argv.slice(2), process.env, (text) => process.stdout.write(`${text}\n`)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
