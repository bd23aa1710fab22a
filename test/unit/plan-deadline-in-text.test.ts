// A deadline the task's own words state, when the document has no 完成时限 column or label:
// `2021年2月底前,基本建成…` opens the clause, or `2022年底前完成…` sits right before the finishing verb.
import { describe, expect, it } from 'vitest';
import { findDeadlineInText } from '../../shared/plan/deadline.js';
import { parsePlanText } from '../../shared/plan/document.js';

describe('deadline written in a task’s text', () => {
  it('reads a clause that opens with a 前 date, and takes the latest of several', () => {
    expect(findDeadlineInText('完善回收体系。2021年2月底前,基本建成回收利用体系。')).toBe('2021年2月底前');
    expect(findDeadlineInText('加快改造,2022年底前完成全部老旧小区改造')).toBe('2022年底前');
    expect(findDeadlineInText('2021年底前完成试点;2023年6月底前全面推开')).toBe('2021年底前、2023年6月底前');
  });

  it('leaves a target year and a period that started in the past alone', () => {
    expect(findDeadlineInText('到2025年,全市覆盖率达到90%。')).toBe('');
    expect(findDeadlineInText('2020年以来累计完成改造100个')).toBe('');
    expect(findDeadlineInText('在2023年前期工作基础上继续推进')).toBe('');
  });

  it('gives a table row without a 完成时限 column the date its text states', () => {
    const plan = parsePlanText(
      [
        '某区垃圾分类重点任务分工表',
        '序号', '工作内容', '目标任务', '责任单位',
        '1', '完善生活垃圾回收利用体系', '2021年2月底前,基本建成生活垃圾回收利用体系。', '区商务局、区住建局',
        '2', '加强有害垃圾处置', '推进有害垃圾处置体系建设。', '区生态环境局',
      ].join('\n'),
    );
    expect(plan.tasks.map((t) => [t.deadlineText, t.deadline?.date ?? null])).toEqual([
      ['2021年2月底前', '2021-02-28'],
      ['', null],
    ]);
  });

  it('gives a prose item the date its text states', () => {
    const plan = parsePlanText(
      ['一、重点任务', '1.推进老旧小区改造。2022年底前完成全部改造。(牵头单位:区住建局;责任单位:各街道)', '2.加强宣传引导,营造良好氛围。(牵头单位:区委宣传部)'].join('\n'),
    );
    expect(plan.tasks.map((t) => t.deadline?.date ?? null)).toEqual(['2022-12-31', null]);
  });
});
