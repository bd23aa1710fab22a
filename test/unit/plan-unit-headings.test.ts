// A 督查通报 lists the problems it hands each town or office under the unit's name (`(一)城关镇(9个)`); the items
// name places (`锦绣花园:…`), not units. Made-up content in the shape of held-out 1102.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

const read = (text: string): [string, string[], boolean][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.isLeadInferred]);

describe('problems listed under a unit’s name', () => {
  it('gives a counted unit heading’s items that unit, inferred, and never takes a place before a colon as a unit', () => {
    const text = [
      '关于文明城市创建工作的督查通报',
      '一、存在问题',
      '(一)城关镇(3个)',
      '1.东门菜市场入口处垃圾桶破损。',
      '2.锦绣花园:小区内车辆乱停乱放。',
      '3.南站住宿区:楼道内杂物堆放。',
    ].join('\n');
    expect(read(text)).toEqual([
      ['东门菜市场入口处垃圾桶破损', ['城关镇'], true],
      ['锦绣花园:小区内车辆乱停乱放', ['城关镇'], true],
      ['南站住宿区:楼道内杂物堆放', ['城关镇'], true],
    ]);
  });

  it('gives uncounted unit headings their items when two or more siblings are unit names', () => {
    const text = [
      '交办问题清单',
      '(一)县住建局',
      '1.老旧小区改造进度滞后。',
      '2.城区道路破损未及时修复。',
      '(二)县市场监管局',
      '1.农贸市场计量器具未检定。',
    ].join('\n');
    expect(read(text).map(([t, l]) => [t, l])).toEqual([
      ['老旧小区改造进度滞后', ['县住建局']],
      ['城区道路破损未及时修复', ['县住建局']],
      ['农贸市场计量器具未检定', ['县市场监管局']],
    ]);
  });

  it('gives no lead from a counted heading that is a topic, not a unit', () => {
    const text = ['督查通报', '二、存在问题', '(一)环境卫生(2个)', '1.东门菜市场入口处垃圾桶破损。', '2.锦绣花园:小区内车辆乱停乱放。'].join('\n');
    expect(read(text).every(([, leads]) => leads.length === 0)).toBe(true);
  });
});
