// The preview's corrections to what is a task (shared/plan/task-corrections.ts): a read task the office
// takes out, an unplaced line it takes in, on a made-up plan read by the real reader.
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../shared/plan/corrections.js';
import { parsePlanText } from '../../shared/plan/document.js';
import { DROPPED_TASK_REASON } from '../../shared/plan/task-corrections.js';
import { TASK_LIST_PLAN as PLAN } from '../helpers/task-list-plan.js';

describe('taking a read task out and an unplaced line in, in the import preview', () => {
  const read = parsePlanText(PLAN);
  const explain = read.tasks.find((t) => t.title.startsWith('本分工'));
  const stray = read.unplaced.find((u) => u.text.startsWith('推进河道清淤疏浚'));

  it('reads the made-up plan with one false task and one task left among the unplaced lines', () => {
    expect(read.tasks).toHaveLength(3);
    expect(explain).toBeDefined();
    expect(stray).toBeDefined();
  });

  it('takes out a task the office marks, and lists it as skipped with its path so it can be put back', () => {
    const corrected = applyCorrections(read, { droppedTasks: [explain?.path ?? ''] });
    expect(corrected.tasks.map((t) => t.title)).toEqual(['开展河湖“清四乱”行动', '加强入河排污口监管']);
    const listed = corrected.unplaced.find((u) => u.taskPath === explain?.path);
    expect(listed).toMatchObject({ line: explain?.line, reason: DROPPED_TASK_REASON, kind: 'skipped' });
    expect(applyCorrections(read, { droppedTasks: [] }).tasks).toHaveLength(3);
  });

  it('takes in an unplaced line as a task, reading its lead and helpers, at its place in the document', () => {
    const corrected = applyCorrections(read, { addedLines: [stray?.line ?? 0] });
    const added = corrected.tasks[0];
    expect(added).toMatchObject({ title: '推进河道清淤疏浚', leads: ['镇水务站'], participants: ['镇财政所', '镇农业服务中心'], line: stray?.line });
    expect(corrected.tasks).toHaveLength(4);
    expect(corrected.unplaced.some((u) => u.line === stray?.line)).toBe(false);
  });

  it('lets the office set the lead of a task it took in, and leaves a line with no clause as a task without units', () => {
    const path = `行${stray?.line ?? 0}`;
    const set = applyCorrections(read, { addedLines: [stray?.line ?? 0], leads: { [path]: ['镇财政所'] } });
    expect(set.tasks[0]).toMatchObject({ leads: ['镇财政所'], participants: ['镇农业服务中心'], isLeadInferred: false });
    const preamble = read.unplaced.find((u) => u.text.startsWith('为落实'));
    const bare = applyCorrections(read, { addedLines: [preamble?.line ?? 0] }).tasks[0];
    expect(bare).toMatchObject({ leads: [], participants: [] });
  });

  it('does not take in a line where a read task starts, so no task is read twice', () => {
    const withNoLead = parsePlanText(`${PLAN}\n4.做好汛期值守工作。`);
    const entry = withNoLead.unplaced.find((u) => withNoLead.tasks.some((t) => t.line === u.line));
    expect(entry?.reason).toContain('没有找到牵头单位');
    expect(applyCorrections(withNoLead, { addedLines: [entry?.line ?? 0] }).tasks).toHaveLength(withNoLead.tasks.length);
  });
});
