// A 序号 indicator table one cell per line whose empty cells were dropped (held-out doc 153's shape,
// issue 15 §7): a 类别 column whose text is lost, a 权重 equal to the next row's number, a unit cell left
// empty, two target columns named over two lines each (片区/目标值, 全市/目标值), groups listing their
// indicators one row each under a name over two lines, and the page cut inside the last group. Made up.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string, string, string][] =>
  (parsePlanText(text).indicators ?? []).map((i) => [i.category, i.name, i.unit, i.target.text]);

const TABLE = [
  '某市基本现代化指标体系',
  '类别',
  '序号',
  '指标名称',
  '单位',
  '东片',
  '目标值',
  '全市',
  '目标值',
  '权重',
  '数据提供部门',
  '1',
  '人均财政收入',
  '26000',
  '21000',
  '4',
  '财政',
  '2',
  '旅游收入占GDP比重',
  '%',
  '12',
  '10',
  '3',
  '3',
  '万人专利授权量',
  '18',
  '15',
  '2',
  '市场监管',
  '4',
  '城乡',
  '供水水平',
  '城市供水普及率',
  '%',
  '100',
  '99',
  '6',
  '住建、水务',
  '农村自来水入户率',
  '%',
  '98',
  '95',
  '村庄规划覆盖率',
  '%',
  '90',
  '自然资源',
  '5',
  '公共',
  '文化服务',
].join('\n');

describe('a 序号 table whose empty cells the text dropped', () => {
  it('keeps each row’s columns: lost 类别 text, a 权重 equal to the next number, a unit left empty', () => {
    expect(read(TABLE).slice(0, 3)).toEqual([
      ['', '人均财政收入', '', '21000'],
      ['', '旅游收入占GDP比重', '%', '10'],
      ['', '万人专利授权量', '', '15'],
    ]);
  });

  it('takes the whole city’s target column of two (片区/目标值, 全市/目标值)', () => {
    expect(read(TABLE)[1]?.[3]).toBe('10');
  });

  it('reads a group’s indicators one row each, under its name written over two lines', () => {
    expect(read(TABLE).slice(3, 6)).toEqual([
      ['城乡供水水平', '城市供水普及率', '%', '99'],
      ['城乡供水水平', '农村自来水入户率', '%', '95'],
      ['城乡供水水平', '村庄规划覆盖率', '%', '90'],
    ]);
  });

  it('keeps the group the page cut off as one name with no values', () => {
    expect(read(TABLE)[6]?.slice(1)).toEqual(['公共文化服务', '', '']);
  });
});
