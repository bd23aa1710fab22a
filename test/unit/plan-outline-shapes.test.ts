// Shapes pages nobody had read showed the importer misreading (heldout172–173, and shelf pages it found no lead on):
// an emergency plan numbered as a decimal outline (`2.2.1 市公安局:负责…`); a unit's heading repeated under each topic
// (`(二)教务处` under `一、` and again under `二、`), dropped as a repeated line; a line naming a unit and announcing
// its duties over the items after it (`X为…事业单位,主要职责是:`). Made-up pages in those shapes; none is one of the pages.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const units = (text: string): [string, string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads]);

describe('an emergency plan numbered as a decimal outline', () => {
  const plan = [
    '1 总则',
    '1.1 编制目的',
    '为做好火灾事故应急处置工作,制定本预案。',
    '2 组织机构及职责',
    '2.1 指挥部',
    '市政府成立火灾事故应急指挥部。',
    '2.2 成员单位职责',
    '2.2.1 市公安局:负责火灾扑救和现场警戒。',
    '2.2.2 市卫生局: 负责组织医疗救护。',
    '2.2.3 市民政局:负责受灾群众的安置。',
  ];

  it("reads each member unit's duty line as its task, a space after the colon or none", () => {
    expect(units(plan.join('\n'))).toEqual([
      ['负责火灾扑救和现场警戒', ['市公安局']],
      ['负责组织医疗救护', ['市卫生局']],
      ['负责受灾群众的安置', ['市民政局']],
    ]);
  });

  it('keeps the outline sections as sections, no line lost', () => {
    const read = parsePlanText(plan.join('\n'));
    expect(read.tasks.every((t) => t.section.includes('成员单位职责'))).toBe(true);
    expect(read.unplaced.map((u) => u.line)).toEqual(expect.arrayContaining([1, 2, 5]));
  });

  it('takes amounts opening sentences for no outline, three of them with a space after each', () => {
    const page = ['一、主要目标', '1.5 亿元用于农村道路改造。', '3.2 万元用于宣传培训。', '4.8 万吨粮食由县粮食局统筹储备。', '二、工作措施', '1.县交通局负责道路改造。'];
    const read = parsePlanText(page.join('\n'));
    expect(read.tasks.map((t) => t.title)).toEqual(['县交通局负责道路改造']);
    // The amounts stay the goals' own words, not headings numbered (五)(二)(八).
    expect(read.unplaced.find((u) => u.line === 1)?.text).toContain('1.5 亿元用于农村道路改造');
  });
});

describe("a unit's heading repeated under each topic", () => {
  it('keeps the second `(二)教务处` as the heading of its items under the new topic', () => {
    const page = [
      '一、教学改革',
      '(一)学院',
      '1、负责推进各项教学改革工作。',
      '(二)教务处',
      '1、负责全校教学改革的规划。',
      '二、教学评估',
      '(一)学院',
      '1、组建院级评估专家组。',
      '(二)教务处',
      '1、制定评估方案及指标体系。',
      '2、组建校级评估专家组。',
    ];
    expect(units(page.join('\n'))).toEqual([
      ['负责推进各项教学改革工作', ['学院']],
      ['负责全校教学改革的规划', ['教务处']],
      ['组建院级评估专家组', ['学院']],
      ['制定评估方案及指标体系', ['教务处']],
      ['组建校级评估专家组', ['教务处']],
    ]);
  });
});

describe('a line that names a unit and announces its duties over the items after it', () => {
  it('leads each item by the unit the line names', () => {
    const page = ['省气象服务中心为省气象局直属事业单位,主要职责是:', '(一)负责公众气象服务产品的制作;', '(二)承担气象灾害预警信息的发布;', '(三)参与重大活动的气象保障。'];
    expect(units(page.join('\n'))).toEqual([
      ['负责公众气象服务产品的制作', ['省气象服务中心']],
      ['承担气象灾害预警信息的发布', ['省气象服务中心']],
      ['参与重大活动的气象保障', ['省气象服务中心']],
    ]);
  });
});
