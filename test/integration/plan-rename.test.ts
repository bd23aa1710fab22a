// plans.rename: the office names a plan itself; the name reaches the departments with the next package
// to them; bad names, unknown plans and a department PC are refused with nothing written.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, exportTo, makeDepartment, makeOffice, type Site } from '../helpers/sync-fixture.js';
import { makeTempDir } from '../helpers/temp-backend.js';

describe('renaming a plan', () => {
  let tmp: { dir: string; cleanup: () => void };
  const sites: Site[] = [];
  beforeEach(() => {
    tmp = makeTempDir('duban-plan-rename-');
  });
  afterEach(() => {
    for (const s of sites.splice(0)) s.backend.close();
    tmp.cleanup();
  });

  it('renames the plan at the office and carries the name to a department', async () => {
    const office = await makeOffice(tmp.dir);
    const dept = await makeDepartment(tmp.dir, office, '市商务局');
    sites.push(office, dept);
    const [plan] = await call(office, 'plans.list', {});
    if (!plan) throw new Error('the office has a plan');
    const renamed = await call(office, 'plans.rename', { planId: plan.id, title: '  某市2026年重点工作任务分解  ' });
    expect(renamed).toMatchObject({ id: plan.id, title: '某市2026年重点工作任务分解' });
    expect((await call(office, 'plans.list', {})).map((p) => p.title)).toEqual(['某市2026年重点工作任务分解']);

    const down = await exportTo(office, join(tmp.dir, 'down.duban'), '市商务局');
    const result = await call(dept, 'sync.import', { sources: [{ path: down.path }], trust: [] });
    expect(result.files[0]).toMatchObject({ outcome: 'applied', counts: { refused: 0, conflicts: 0 } });
    expect((await call(dept, 'plans.list', {})).map((p) => p.title)).toEqual(['某市2026年重点工作任务分解']);
    // A department PC cannot rename the office's plan.
    await expect(call(dept, 'plans.rename', { planId: plan.id, title: '别的名字' })).rejects.toMatchObject({ code: 'refused' });
    expect((await call(dept, 'plans.list', {})).map((p) => p.title)).toEqual(['某市2026年重点工作任务分解']);
  });

  it('refuses an empty or overlong name and an unknown plan, and writes nothing', async () => {
    const office = await makeOffice(tmp.dir);
    sites.push(office);
    const [plan] = await call(office, 'plans.list', {});
    if (!plan) throw new Error('the office has a plan');
    const changes = (): number => (office.backend.db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
    const before = changes();
    await expect(call(office, 'plans.rename', { planId: plan.id, title: '   ' })).rejects.toMatchObject({ code: 'bad_input', message: expect.stringContaining('规划名称不能为空') });
    await expect(call(office, 'plans.rename', { planId: plan.id, title: '规'.repeat(201) })).rejects.toMatchObject({ code: 'bad_input', message: expect.stringContaining('规划名称过长') });
    await expect(call(office, 'plans.rename', { planId: 'p-nonexistent', title: '新名称' })).rejects.toMatchObject({ code: 'not_found' });
    expect(changes()).toBe(before);
    expect((await call(office, 'plans.list', {}))[0]?.title).toBe(plan.title);
  });
});
