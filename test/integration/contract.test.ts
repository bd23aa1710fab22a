// The one contract: every method has a schema and a backend handler, and bad arguments are refused
// with a typed Chinese error before the backend runs.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiMethods, apiSchemas } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import { dispatch, parseApiArg } from '../../shared/api/validate.js';
import { makeTempBackend, type TempBackend } from '../helpers/temp-backend.js';

describe('the API contract', () => {
  let t: TempBackend;
  beforeAll(() => {
    t = makeTempBackend();
  });
  afterAll(() => t.cleanup());

  it('is implemented once, completely, by the backend', () => {
    for (const method of apiMethods) expect(typeof t.backend[method], method).toBe('function');
    expect(Object.keys(apiSchemas).sort()).toEqual([...apiMethods].sort());
  });

  it('names each method after the file that declares it (methods/progress.ts declares progress.* only)', () => {
    const dir = join(import.meta.dirname, '../../shared/api/methods');
    const misplaced: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const declared = [...text.matchAll(/^\s+'([a-zA-Z]+)\.[a-zA-Z]+':/gm)].map((m) => m[1]);
      for (const prefix of declared) if (prefix !== basename(file, '.ts')) misplaced.push(`${file}: ${prefix}.*`);
    }
    expect(misplaced).toEqual([]);
  });

  it('refuses unknown fields, wrong types and missing values in Chinese', () => {
    const cases: [Parameters<typeof parseApiArg>[0], unknown][] = [
      ['departments.tasks', { department: '市商务局', extra: 1 }],
      ['departments.tasks', { department: 42 }],
      ['departments.tasks', {}],
      ['departments.tasks', { department: '   ' }],
      ['tasks.list', { planId: 'x'.repeat(500) }],
      ['plans.list', 'not an object'],
    ];
    for (const [method, arg] of cases) {
      let caught: unknown;
      try {
        parseApiArg(method, arg);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify(arg)).toBeInstanceOf(ApiError);
      expect((caught as ApiError).code).toBe('bad_input');
      expect((caught as ApiError).message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('answers through dispatch exactly as the backend does', async () => {
    const viaDispatch = await dispatch(t.backend, 'departments.tasks', { department: '市商务局' });
    const direct = await t.backend['departments.tasks']({ department: '市商务局' });
    expect(viaDispatch).toEqual(direct);
  });

  it('says which plan is missing and which department is unknown', async () => {
    await expect(dispatch(t.backend, 'tasks.list', { planId: 'no-such-plan' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(dispatch(t.backend, 'departments.tasks', { department: '市不存在局' })).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('找不到部门'),
    });
  });

  it('tells an empty installation to import a plan first', async () => {
    const empty = makeTempBackend({ withDemo: false });
    try {
      expect(await empty.backend['plans.list']({})).toEqual([]);
      await expect(empty.backend['tasks.list']({})).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining('导入') });
    } finally {
      empty.cleanup();
    }
  });
});
