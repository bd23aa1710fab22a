// Tables of heldout46/47 (1083, 1101, 1103; brief H-fix5-tables): made-up tables in each shape.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。;;]/)[0] ?? '', t.leads, t.participants]);

/** One cell per line, a blank line between cells, as a web page's table often reaches us. */
const spaced = (cells: string[]): string => cells.join('\n\n');

describe('a one-cell-per-line table whose 序号 cells are absent and whose subheads are numbered', () => {
  const text = [
    '某县人民政府办公室关于做好2033年县政府重点工作督查的通知',
    '各乡镇人民政府,县政府各部门:',
    '  请各责任单位按季度报送重点工作推进情况。',
    '  特此通知。',
    '  附件:2033年度县政府重点工作责任分工表',
    '',
    spaced([
      '序号', '重点工作内容', '责任单位', '配合单位',
      '一、关于做强实体经济',
      '(1)推动制造业提质增效。',
      '规模以上工业增加值增长8%以上。', '工信局', '统计局、发改委',
      '建成智能制造示范车间五个。', '工信局', '科技局',
      '推进东区物流园二期建设,年底前主体完工。', '开发区管委会', '交通局、住建局',
      '(2)培育壮大新兴产业。',
      '新增高新技术企业二十家。', '科技局', '税务局、财政局',
      '加快西湖文旅综合体项目建设进度。', '文旅局', '',
      '扶持农村电商发展,培育网店示范户。', '商务局', '供销社、各乡镇',
    ]),
  ].join('\n');

  it('reads each three-cell row as a task, its units lead and help; the numbered subheads are no task', () => {
    expect(rows(text)).toEqual([
      ['规模以上工业增加值增长8%以上', ['工信局'], ['统计局', '发改委']],
      ['建成智能制造示范车间五个', ['工信局'], ['科技局']],
      ['推进东区物流园二期建设', ['开发区管委会'], ['交通局', '住建局']],
      ['新增高新技术企业二十家', ['科技局'], ['税务局', '财政局']],
      ['加快西湖文旅综合体项目建设进度', ['文旅局'], []],
      ['扶持农村电商发展', ['商务局'], ['供销社', '各乡镇']],
    ]);
  });
});
