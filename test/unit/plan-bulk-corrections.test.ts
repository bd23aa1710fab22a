// The import preview's corrections of many tasks at once (shared/plan/bulk-corrections.ts), on a made-up plan
// read by the real reader and corrected the way the preview does it: the actions only write per-task corrections.
import { describe, expect, it } from 'vitest';
import { applyBulkAction, namesTyped } from '../../shared/plan/bulk-corrections.js';
import { applyCorrections, type PlanCorrections } from '../../shared/plan/corrections.js';
import { parsePlanText } from '../../shared/plan/document.js';
import { BULK_PLAN } from '../helpers/bulk-plan.js';

const read = parsePlanText(BULK_PLAN);
const pathsOf = (section: string): string[] => read.tasks.filter((t) => t.section === section).map((t) => t.path);
const units = (c: PlanCorrections) => applyCorrections(read, c).tasks.map((t) => [t.title, t.leads, t.participants, t.isLeadInferred]);

describe('correcting many tasks of the import preview at once', () => {
  it('reads the made-up plan as the test expects: three tasks with no unit, three whose first unit is inferred to lead', () => {
    expect(read.tasks.map((t) => t.leads.length)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(read.tasks.slice(3).every((t) => t.isLeadInferred)).toBe(true);
    expect(read.unplaced.filter((u) => u.reason.includes('没有找到牵头单位'))).toHaveLength(3);
  });

  it('sets one lead for every selected task, and the note that they had none goes', () => {
    const c = applyBulkAction({}, read.tasks, pathsOf('教育卫生'), { kind: 'setLeads', names: ['县教育局', '县卫健局'] });
    const corrected = applyCorrections(read, c);
    expect(corrected.tasks.slice(0, 3).map((t) => t.leads)).toEqual([
      ['县教育局', '县卫健局'],
      ['县教育局', '县卫健局'],
      ['县教育局', '县卫健局'],
    ]);
    expect(corrected.tasks.slice(3).map((t) => t.leads)).toEqual(read.tasks.slice(3).map((t) => t.leads));
    expect(corrected.unplaced.filter((u) => u.reason.includes('没有找到牵头单位'))).toHaveLength(0);
  });

  it('makes every listed unit a co-lead, or only the first, keeping each task its own units', () => {
    const together = applyBulkAction({}, read.tasks, pathsOf('城乡建设'), { kind: 'allLead' });
    expect(units(together).slice(3)).toEqual([
      ['改造老旧小区12个', ['县住建局', '县财政局'], [], false],
      ['新建农村公路30公里', ['县交通运输局', '县财政局', '各乡镇'], [], false],
      ['做好实事项目的宣传', ['县委宣传部', '县融媒体中心'], [], false],
    ]);
    const back = applyBulkAction(together, applyCorrections(read, together).tasks, pathsOf('城乡建设'), { kind: 'firstLeads' });
    expect(units(back).slice(3)).toEqual([
      ['改造老旧小区12个', ['县住建局'], ['县财政局'], false],
      ['新建农村公路30公里', ['县交通运输局'], ['县财政局', '各乡镇'], false],
      ['做好实事项目的宣传', ['县委宣传部'], ['县融媒体中心'], false],
    ]);
  });

  it('sets participants without taking a lead away, and a unit made lead leaves the participants', () => {
    const helpers = applyBulkAction({}, read.tasks, [read.tasks[3]?.path ?? ''], { kind: 'setParticipants', names: ['县住建局', '各乡镇'] });
    expect(units(helpers)[3]).toEqual(['改造老旧小区12个', ['县住建局'], ['各乡镇'], true]);
    const lead = applyBulkAction({}, read.tasks, [read.tasks[4]?.path ?? ''], { kind: 'setLeads', names: ['县财政局'] });
    expect(units(lead)[4]).toEqual(['新建农村公路30公里', ['县财政局'], ['各乡镇'], false]);
  });

  it('takes several tasks out at once, and leaves a task with no unit alone when asked to reorder its units', () => {
    const dropped = applyCorrections(read, applyBulkAction({}, read.tasks, pathsOf('教育卫生'), { kind: 'drop' }));
    expect(dropped.tasks.map((t) => t.title)).toEqual(['改造老旧小区12个', '新建农村公路30公里', '做好实事项目的宣传']);
    const noUnits = applyBulkAction({}, read.tasks, pathsOf('教育卫生'), { kind: 'firstLeads' });
    expect(noUnits.leads ?? {}).toEqual({});
    expect(applyBulkAction({ title: 'x' }, read.tasks, [], { kind: 'allLead' })).toEqual({ title: 'x' });
  });

  it('splits typed names at 、 , ; and spaces, once each', () => {
    expect(namesTyped(' 县教育局、县卫健局,县教育局; 县财政局  各乡镇 ')).toEqual(['县教育局', '县卫健局', '县财政局', '各乡镇']);
    expect(namesTyped('  ')).toEqual([]);
  });
});
