// The reader of last resort (shared/plan/unit-led-pieces.ts): a page no other reader found a task in, cut into the
// pieces that open with the unit that does them. Made-up pages in the shapes that held most of the tasks missed on
// pages nobody had seen: news reports of a division of work, duty lists, minutes, goals with a who-line under each.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { UNIT_LED_NEWS } from '../helpers/unit-led-news.js';

/** Each task's title up to its first comma or full stop, leads, participants and whether the lead is inferred. */
const rows = (text: string): [string, string[], string[], boolean][] =>
  parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。]/)[0] ?? '', t.leads, t.participants, t.isLeadInferred]);

describe('a news report whose paragraphs each open with the unit that does the work', () => {
  it('reads each unit and its verb, whatever the verb, and leaves the headline and the lead-in alone', () => {
    expect(rows(UNIT_LED_NEWS)).toEqual([
      ['县交警大队承担考点周边交通疏导任务', ['县交警大队'], [], false],
      ['县市场监管局已对考点周边餐饮单位开展食品安全检查', ['县市场监管局'], [], false],
      ['县卫健局、县疾控中心安排医护人员进驻各考点', ['县卫健局'], ['县疾控中心'], true],
      ['县供电公司制定了考试期间保电方案', ['县供电公司'], [], false],
    ]);
    // The office is told how these tasks were found, so that it checks them.
    expect((parsePlanText(UNIT_LED_NEWS).notes ?? []).join('')).toContain('以单位开头的句子');
  });

  it('does not take a post, a person or a place at a sentence start for a unit', () => {
    const text = [
      '我镇召开防汛工作会议',
      '镇党委书记李明主持会议并讲话。',
      '平安镇召开会议研究部署防汛工作。',
      '镇水利站站长王强汇报了汛前准备情况。',
      '镇农业综合服务中心负责组织各村排查低洼地带。',
      '镇派出所要加强汛期治安巡逻。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['镇农业综合服务中心负责组织各村排查低洼地带', ['镇农业综合服务中心'], [], false],
      ['镇派出所要加强汛期治安巡逻', ['镇派出所'], [], false],
    ]);
  });
});

describe('minutes whose decisions name their units after a lead-in', () => {
  it('reads `由A牵头,B配合` after `为…,X要求,`, one task per clause', () => {
    const text = [
      '区政府专题会议纪要',
      '为加快完成年度征迁任务,会议要求,由区住建局牵头,区自然资源分局、城东街道配合,在6月底前完成城东片区征迁;由区城投公司牵头,区财政局配合,在9月底前完成安置房交付。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['由区住建局牵头', ['区住建局'], ['区自然资源分局', '城东街道'], false],
      ['由区城投公司牵头', ['区城投公司'], ['区财政局'], false],
    ]);
  });
});

describe('a unit label alone on its line, and a who-line under each goal', () => {
  it('gives every line under `X:` to X until the next label', () => {
    const text = ['各成员单位职责', '市气象局:', '负责灾害性天气的监测预报和预警信息发布。', '负责向指挥部报告天气变化趋势。', '市交通运输局:', '负责抢修被毁公路,保障运输畅通。'].join('\n');
    expect(rows(text)).toEqual([
      ['负责灾害性天气的监测预报和预警信息发布', ['市气象局'], [], false],
      ['负责向指挥部报告天气变化趋势', ['市气象局'], [], false],
      ['负责抢修被毁公路', ['市交通运输局'], [], false],
    ]);
    // The labels are read, not set aside as lines nobody placed.
    expect(parsePlanText(text).unplaced.map((u) => u.line)).not.toContain(2);
    expect(parsePlanText(text).unplaced.map((u) => u.line)).not.toContain(5);
  });

  it('gives a goal the units of the `由X…落实。` line under it', () => {
    const text = ['城镇登记失业率控制在4%以内。', '由县人社局会同有关部门组织落实。', '森林覆盖率达到60%。', '由县林业局会同各乡镇组织落实。'].join('\n');
    expect(rows(text)).toEqual([
      ['城镇登记失业率控制在4%以内', ['县人社局'], [], false],
      ['森林覆盖率达到60%', ['县林业局'], ['各乡镇'], false],
    ]);
    // Every line is in a task: the goals and the who-lines under them.
    expect(parsePlanText(text).unplaced).toEqual([]);
  });
});

describe('a bare name after a lead-in', () => {
  it('takes no bare name after a lead-in: it is the work, not the doer', () => {
    const text = ['某区文旅工作要点', '完善旅游度假区服务配套设施,完善游客接待中心,提升接待能力。', '加强乡镇文化站建设,改造县文化馆。'].join('\n');
    expect(rows(text).flatMap((r) => [...r[1], ...r[2]])).not.toContain('游客接待中心');
  });
});

describe('when the last resort stays silent', () => {
  it('a page with one unit-led sentence only, or none, still reads no task', () => {
    expect(parsePlanText(['全县秋收工作进展顺利', '目前全县秋粮已收获八成以上。', '县农业农村局要继续做好技术指导。'].join('\n')).tasks).toEqual([]);
    expect(parsePlanText(['我市召开安全生产工作会议', '会议听取了上半年工作情况汇报。'].join('\n')).notes).toContain('没有识别出任何任务。');
  });

  it('a page that another reader found tasks in is read as before', () => {
    const text = ['1.新建口袋公园5个。', '牵头单位:区园林局', '2.改造绿道10公里。', '牵头单位:区交通局', '区城管局要加强日常巡查。'].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([['区园林局'], ['区交通局']]);
  });
});
