// The layering rule of architecture.md, checked the way CI checks it: ESLint over code placed in each folder.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/temp-backend.js';

const eslint = new ESLint({ cwd: repoRoot });

const restrictedImports = async (filePath: string, code: string): Promise<number> => {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages.filter((m) => m.ruleId === 'no-restricted-imports').length ?? 0;
};

describe('layering lint', () => {
  it('fails a renderer file that imports the database layer or Node', async () => {
    expect(await restrictedImports('renderer/features/x/bad.ts', "import { openDatabase } from '../../../db/open';\nexport const x = openDatabase;\n")).toBe(1);
    expect(await restrictedImports('renderer/features/x/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toBe(1);
    expect(await restrictedImports('renderer/features/x/bad.ts', "import { app } from 'electron';\nexport const x = app;\n")).toBe(1);
  });

  it('fails shared/ importing Node, electron or the database layer', async () => {
    expect(await restrictedImports('shared/x.ts', "import { createHash } from 'node:crypto';\nexport const x = createHash;\n")).toBe(1);
    expect(await restrictedImports('shared/x.ts', "import { app } from 'electron';\nexport const x = app;\n")).toBe(1);
    expect(await restrictedImports('shared/x.ts', "import { openDatabase } from '../db/open.js';\nexport const x = openDatabase;\n")).toBe(1);
  });

  it('fails db/ importing electron, and lets only electron/ do so', async () => {
    expect(await restrictedImports('db/x.ts', "import { app } from 'electron';\nexport const x = app;\n")).toBe(1);
    expect(await restrictedImports('hosts/x.ts', "import { app } from 'electron';\nexport const x = app;\n")).toBe(1);
    expect(await restrictedImports('electron/x.ts', "import { app } from 'electron';\nexport const x = app;\n")).toBe(0);
  });

  it('allows the right-way imports', async () => {
    expect(await restrictedImports('renderer/features/x/ok.ts', "import { roleLabel } from '../../../shared/domain/roles';\nexport const x = roleLabel;\n")).toBe(0);
    expect(await restrictedImports('db/x.ts', "import { roleLabel } from '../shared/domain/roles.js';\nexport const x = roleLabel;\n")).toBe(0);
  });

  it('forbids focused tests', async () => {
    const [result] = await eslint.lintText("import { it } from 'vitest';\nit.only('x', () => {});\n", { filePath: 'test/unit/x.test.ts' });
    expect(result?.messages.some((m) => m.message.includes('test.only'))).toBe(true);
  });
});
