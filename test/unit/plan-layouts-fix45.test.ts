// Shapes of issue 15 (brief H-fix5-tables, held-out 1023 and 1005): each in a small made-up document of the shape.
import { describe, expect, it } from 'vitest';
import { clauseRows } from '../helpers/plan-rows.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = clauseRows(/[,,。]/);

describe('a `|` table whose header row and a last cell the page wrapped onto the next line', () => {
  it('reads the header as one row and the wrapped status word as the row’s last cell', () => {
    const text = [
      '县文旅局2024年第三季度重点工作推进情况',
      '编号 | 年度目标任务 | 牵头单位 |',
      '推进情况 | 完成状态 |',
      '1 | 建成县级图书馆分馆三个。 | 县文旅局 | 已完成主体建设,正在布展。 | 序时推进 |',
      '2 | 举办乡村文化节。 | 县文旅局 | 已于8月举办,参加群众约五千人次。 |',
      '已完成 |',
      '3 | 完成文物保护单位普查。 | 县文物所 | 已普查四十处,完成目标的八成。 | 序时推进 |',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['建成县级图书馆分馆三个', ['县文旅局'], []],
      ['举办乡村文化节', ['县文旅局'], []],
      ['完成文物保护单位普查', ['县文物所'], []],
    ]);
  });
});

describe('条文式 rules whose first article only states their purpose', () => {
  it('takes no task from `第一条 为……,特制定本办法。` and reads the articles after it', () => {
    const text = [
      '某市关于进一步规范涉企检查的若干办法',
      '第一章 总则',
      '第一条 为减少对企业正常经营的干扰,规范行政执法行为,依据有关法规,结合本市实际,制定本办法。',
      '第二章 主要措施',
      '第二条 推行联合检查。对同一企业的多项检查合并进行,一次完成。(牵头单位:市司法局;配合单位:各执法部门)',
      '第三条 建立检查备案制度。检查前向主管部门报备检查事项和时间。(牵头单位:市营商办)',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['推行联合检查', ['市司法局'], ['各执法部门']],
      ['建立检查备案制度', ['市营商办'], []],
    ]);
  });

  it('keeps an article that asks a unit to draw up rules (`为……,由X局制定实施细则。` is work)', () => {
    const text = [
      '某县农村人居环境整治若干规定',
      '第一条 为改善农村人居环境,县农业农村局牵头制定村庄保洁实施细则。',
      '第二条 推进农村厕所改造。年内完成改厕五百户。(牵头单位:县农业农村局)',
    ].join('\n');
    expect(rows(text).map((r) => r[0])).toEqual(['为改善农村人居环境', '推进农村厕所改造']);
  });
});
