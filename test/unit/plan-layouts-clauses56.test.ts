// Shapes of issue 15 (brief H-fix9-clauses56, held-out batches heldout54/55), each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。;]/);

/** The opening of a made-up census division of work: title, heading, preface and two one-unit duty lines. */
const CENSUS_OPENING = [
  '某县农业普查领导小组成员单位职责分工',
  '一、职责分工',
  '农业普查是一项重大的调查工作,各成员单位要各司其职,密切配合。',
  '县统计局负责农业普查的日常组织工作。',
  '县农业农村局负责提供农业生产经营方面的资料。',
];

describe('a division of work one `X负责…` line each, one line opened by two units', () => {
  it('reads the two-unit line as a task of its own, the first unit leading', () => {
    const text = [
      ...CENSUS_OPENING,
      '县委宣传部、县融媒体中心负责农业普查的宣传工作。',
      '县财政局负责普查经费的保障工作。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['县统计局负责农业普查的日常组织工作', ['县统计局'], []],
      ['县农业农村局负责提供农业生产经营方面的资料', ['县农业农村局'], []],
      ['县委宣传部、县融媒体中心负责农业普查的宣传工作', ['县委宣传部'], ['县融媒体中心']],
      ['县财政局负责普查经费的保障工作', ['县财政局'], []],
    ]);
  });

  it('does so when the two-unit line is the last one, cut mid-sentence', () => {
    const text = [
      ...CENSUS_OPENING,
      '县财政局负责普查经费的保障工作。',
      '县委宣传部、县融媒体中心负责农业普查的宣传工作,以及与各类',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['县统计局'], ['县农业农村局'], ['县财政局'], ['县委宣传部']]);
  });
});

describe('a section heading word run onto its first unit’s `X:` line, parted by a space', () => {
  it('reads the unit after the space, not the heading word glued to it', () => {
    const text = [
      '关于某县河道综合整治工作方案的解读',
      '一、编制依据 根据有关法规,结合本县实际,编制了本方案。',
      '二、任务分工 县水利局:统筹全县河道整治各项工作,负责河道清淤和堤防加固的组织实施。',
    ].join('\n');
    const task = parsePlanText(text).tasks.find((t) => t.title.startsWith('统筹全县河道整治'));
    expect(task?.leads).toEqual(['县水利局']);
  });

  it('keeps a line of two units parted by a space whole', () => {
    const text = [
      '某县河道综合整治工作方案',
      '一、重点任务',
      '1.县水利局 县财政局:统筹全县河道整治各项工作,保障整治资金。',
      '2.县农业农村局:负责农村河塘清淤。',
    ].join('\n');
    expect(parsePlanText(text).tasks[0]?.leads).toEqual(['县水利局', '县财政局']);
  });
});

describe('`;`-clauses of a division of work, some opened by two units', () => {
  const text = [
    '某县养老服务提升方案',
    '一、重点任务',
    '(一)加强协作,分工负责。县民政局负责全县养老服务设施规划;县卫健局负责医养结合机构建设;县人社局、县医保局负责护理人员培训和长期护理保险试点;县财政局、县审计局分别负责资金保障和资金审计;县住建局、县自然资源局等负责适老化改造项目用地和建设。',
  ].join('\n');

  it('keeps the units in the title as for a clause of one unit', () => {
    expect(parsePlanText(text).tasks.map((t) => t.title)).toEqual([
      '县民政局负责全县养老服务设施规划',
      '县卫健局负责医养结合机构建设',
      '县人社局、县医保局负责护理人员培训和长期护理保险试点',
      '县财政局、县审计局分别负责资金保障和资金审计',
      '县住建局、县自然资源局等负责适老化改造项目用地和建设',
    ]);
  });

  // Under a head that shares out the work (分工), `A、B负责…` says both answer for their part: both lead, as with
  // `分别负责` (subjects59, unit-subject-sentences.ts; a plain list elsewhere stays a bare list).
  it('leads with every unit of `分别负责` and of a plain list under a division head, and keeps 等 out of the names', () => {
    expect(rows(text).slice(2).map((r) => [r[1], r[2]])).toEqual([
      [['县人社局', '县医保局'], []],
      [['县财政局', '县审计局'], []],
      [['县住建局', '县自然资源局'], []],
    ]);
  });
});
