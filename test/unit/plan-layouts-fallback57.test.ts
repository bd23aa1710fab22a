// Shapes of issue 15 (brief H-fix10-fallback57): a last step for tasks left without any unit, each in a small
// made-up document.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { clauseRowsInferred } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads, participants and whether the lead is inferred. */
const rows = clauseRowsInferred(/[,,。]/);

describe('the subject of a task\'s first sentence', () => {
  it('reads a unit or a list of units before a duty verb, after a circumstance phrase; a list closed by 等 all leads', () => {
    const text = [
      '某县2025年城乡环境整治实施方案',
      '一、主要任务',
      '(一)开展集中清理。',
      '各村、镇环卫所、镇城管中队等镇属相关单位要对辖区内的卫生死角进行全面清理,做到日产日清。',
      '(二)加强河道保洁。在县委统筹下,县水利局要加快河道清淤,建立长效保洁机制。',
      '(三)推进厕所改造。按照省厅部署要求,县农业农村局切实抓好农村户厕改造。',
      '(四)完善收运体系。根据县政府安排,县住建局和县财政局要加快建设垃圾中转站。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['开展集中清理', ['各村', '镇环卫所', '镇城管中队'], [], false],
      ['加强河道保洁', ['县水利局'], [], false],
      ['推进厕所改造', ['县农业农村局'], [], false],
      // `A和B要…` is a bare list, as the other readers read one: the first leads, inferred.
      ['完善收运体系', ['县住建局'], ['县财政局'], true],
    ]);
  });

  it('leaves groups that name nobody, persons, places and everyone without a lead, and the note stays', () => {
    const text = [
      '某县2025年城乡环境整治实施方案',
      '一、主要任务',
      '(一)做好宣传发动。各单位要通过多种形式广泛宣传,营造浓厚氛围。',
      '(二)强化督查考核。全县上下要把整治工作作为重要任务,抓紧抓实。',
      '(三)美化公园环境。人民公园要增设垃圾桶,及时清运垃圾。',
      '(四)开展志愿活动。王明同志要带头参加志愿服务。',
      '(五)召开推进会议。领导小组会议要每月研究一次整治工作。',
      '(六)治理沿河环境。清水河沿线要全面清理违章搭建。',
      '(七)形成工作合力。各成员单位要各负其责、通力协作。',
      '(八)抓好校园保洁。学校要每周开展一次大扫除。',
      '(九)完善工作机制。在原领导小组基础上成立县环境整治委员会,加强统筹协调。',
    ].join('\n');
    const plan = parsePlanText(text);
    expect(plan.tasks.map((t) => t.leads)).toEqual([[], [], [], [], [], [], [], [], []]);
    expect((plan.notes ?? []).join('')).toContain('文件中没有找到任何责任单位');
  });
});

describe('the nearest unit heading above a task', () => {
  it('gives the tasks under `X:` lines numbered on that unit, inferred, up to the next section heading', () => {
    const text = [
      '某区2025年重点工作任务分解',
      '区文旅局:',
      '1.举办文化惠民演出50场。',
      '2.新建城市书房3个。',
      '区体育中心:',
      '3.新建全民健身路径20条。',
      '4.举办社区运动会一届。',
      '二、保障措施',
      '(一)加强组织领导,确保各项任务按期完成。',
    ].join('\n');
    expect(rows(text).slice(0, 4)).toEqual([
      ['举办文化惠民演出50场', ['区文旅局'], [], true],
      ['新建城市书房3个', ['区文旅局'], [], true],
      ['新建全民健身路径20条', ['区体育中心'], [], true],
      ['举办社区运动会一届', ['区体育中心'], [], true],
    ]);
    expect(rows(text).slice(4).every(([, leads]) => leads.length === 0)).toBe(true);
  });

});
