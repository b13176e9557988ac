import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

// The one-way layering (docs/architecture.md, "Layers") is a lint rule; these cases prove the rule rejects what it must.
// ESLint runs as a child process (its config loader uses dynamic import, which jest's VM does not allow).
const root = resolve(__dirname, '../../..');

const RESTRICTING_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

/** The messages of the layering rules (imports, import() targets, the Office global) for `code` linted as `filePath`. */
async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const run = spawnSync(process.execPath, [resolve(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', filePath, '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && RESTRICTING_RULES.has(m.ruleId)).map((m) => m.message);
}

describe('import layering', () => {
  jest.setTimeout(30_000);
  it('rejects the domain importing react', async () => {
    const messages = await restrictedImports('src/domain/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n");
    expect(messages).toHaveLength(1);
  });

  it('rejects an e2e spec taking test from @playwright/test instead of the pinned clock, and accepts the pinned clock', async () => {
    expect(await restrictedImports('tests/e2e/bad.spec.ts', "import { test } from '@playwright/test';\ntest('x', () => undefined);\n")).toHaveLength(1);
    expect(await restrictedImports('tests/e2e/good.spec.ts', "import { test } from './support/pinned-clock';\ntest('x', () => undefined);\n")).toEqual([]);
  });

  it('rejects the domain importing an adapter', async () => {
    const messages = await restrictedImports('src/domain/bad.ts', "import { x } from '../adapters/graph/client';\nexport const y = x;\n");
    expect(messages).toHaveLength(1);
  });

  it('rejects a feature importing an adapter', async () => {
    const messages = await restrictedImports('src/features/agenda-insert/bad.ts', "import { x } from '../../adapters/office/mail-item';\nexport const y = x;\n");
    expect(messages).toHaveLength(1);
  });

  it('rejects a feature importing another feature', async () => {
    const messages = await restrictedImports('src/features/agenda-insert/bad.ts', "import { x } from '../follow-up-sync/sync';\nexport const y = x;\n");
    expect(messages.join('\n')).toMatch(/Features never import each other/);
  });

  it('rejects src importing the emulator', async () => {
    const messages = await restrictedImports('src/shell/bad.ts', "import { x } from '../../tools/graph-emulator/server';\nexport const y = x;\n");
    expect(messages).toHaveLength(1);
  });

  it('accepts a feature importing ports, domain, ui and i18n', async () => {
    const code = [
      "import type { CalendarPort } from '../../ports/graph-ports';",
      "import type { Person } from '../../domain/model/people';",
      "import { LOCALES } from '../../i18n/locale';",
      'export type X = CalendarPort | Person | typeof LOCALES;',
      '',
    ].join('\n');
    expect(await restrictedImports('src/features/agenda-insert/good.ts', code)).toEqual([]);
  });

  describe('a feature is imported through its index.ts or an entry-*.ts file', () => {
    it('rejects the shell importing a file inside a feature', async () => {
      const messages = await restrictedImports('src/shell/bad.ts', "import { x } from '../features/follow-up-sync/engine';\nexport const y = x;\n");
      expect(messages.join('\n')).toMatch(/through its index\.ts/);
    });

    it('rejects the shell lazily importing a file inside a feature', async () => {
      const messages = await restrictedImports('src/shell/bad.ts', "export const page = () => import('../../features/trust-checklist/report-page');\n");
      expect(messages.join('\n')).toMatch(/through its index\.ts/);
    });

    it('accepts the shell importing a feature’s index and its explicit entries, statically and lazily', async () => {
      const code = [
        "import { AgendaInsertPane } from '../features/agenda-insert';",
        "import { readMeeting } from '../features/agenda-insert/entry-office-only';",
        "export const page = () => import('../features/trust-checklist/entry-report-page');",
        "export const other = () => import('../features/talk-check');",
        'export const x = [AgendaInsertPane, readMeeting];',
        '',
      ].join('\n');
      expect(await restrictedImports('src/shell/good.ts', code)).toEqual([]);
    });
  });

  describe('host SDKs (MSAL, teams-js, Office.js) live in src/adapters only', () => {
    it('rejects the shell importing MSAL', async () => {
      const messages = await restrictedImports('src/shell/auth/bad.ts', "import { PublicClientApplication } from '@azure/msal-browser';\nexport const y = PublicClientApplication;\n");
      expect(messages.join('\n')).toMatch(/src\/adapters only/);
    });

    it('rejects the shell loading teams-js lazily', async () => {
      const messages = await restrictedImports('src/shell/bad.ts', "export const sdk = () => import('@microsoft/teams-js');\n");
      expect(messages.join('\n')).toMatch(/src\/adapters only/);
    });

    it('rejects a feature and shared UI naming the Office global', async () => {
      const code = 'export const ready = () => Office.onReady();\n';
      expect((await restrictedImports('src/features/agenda-insert/bad.ts', code)).join('\n')).toMatch(/Office\.js lives in src\/adapters/);
      expect((await restrictedImports('src/ui/bad.ts', code)).join('\n')).toMatch(/Office\.js lives in src\/adapters/);
      expect((await restrictedImports('src/shell/bad.ts', code)).join('\n')).toMatch(/Office\.js lives in src\/adapters/);
    });

    it('accepts the adapters importing MSAL and teams-js and naming Office', async () => {
      const code = [
        "import { PublicClientApplication } from '@azure/msal-browser';",
        "export const sdk = () => import('@microsoft/teams-js');",
        'export const ready = () => Office.onReady();',
        'export const y = PublicClientApplication;',
        '',
      ].join('\n');
      expect(await restrictedImports('src/adapters/auth/good.ts', code)).toEqual([]);
    });
  });

  describe('follow-up-sync’s engine is linted like the domain', () => {
    it('rejects React and the clock of the machine in the engine', async () => {
      const code = "import { useState } from 'react';\nexport const at = () => [Date.now(), useState];\n";
      const messages = await restrictedImports('src/features/follow-up-sync/engine/bad.ts', code);
      expect(messages.join('\n')).toMatch(/UI-free/);
      expect(messages.join('\n')).toMatch(/Time comes in through a Clock/);
    });

    it('rejects the engine importing its views', async () => {
      const messages = await restrictedImports('src/features/follow-up-sync/engine/bad.ts', "import { x } from '../views/summary';\nexport const y = x;\n");
      expect(messages.join('\n')).toMatch(/knows no adapters, shell or views/);
    });

    it('accepts the engine using ports and the domain', async () => {
      const code = "import type { TasksPort } from '../../../ports/graph-ports';\nimport { followUpKey } from '../../../domain/follow-ups';\nexport type X = TasksPort;\nexport const k = followUpKey;\n";
      expect(await restrictedImports('src/features/follow-up-sync/engine/good.ts', code)).toEqual([]);
    });
  });
});
