import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

// The one-way layering (docs/architecture.md, "Layers") is a lint rule; these cases prove the rule rejects what it must.
// ESLint runs as a child process (its config loader uses dynamic import, which jest's VM does not allow).
const root = resolve(__dirname, '../../..');

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const run = spawnSync(process.execPath, [resolve(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', filePath, '--format', 'json'], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string | null; message: string }> }>;
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import layering', () => {
  jest.setTimeout(30_000);
  it('rejects the domain importing react', async () => {
    const messages = await restrictedImports('src/domain/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n");
    expect(messages).toHaveLength(1);
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
});
