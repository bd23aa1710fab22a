// Shapes of issue 15 (brief H-fix9-tables56, held-out batch heldout55), each in a small made-up document.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = (text: string): [string, string[], string[]][] =>
  parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。;]/)[0] ?? '', t.leads, t.participants]);

describe('a unit’s duty opening with 协同/会同 other units (`X局:负责会同A、B部门查处…`)', () => {
  it('reads the units named after 协同/会同 as taking part', () => {
    const text = [
      '某区市容环境整治工作方案',
      '三、职责分工',
      '1.区交通局:负责会同交警、路政部门清理占道停车,并做好公交站点整治。',
      '2.区卫健委:负责协同区市场监管局检查小餐饮卫生状况。',
      '3.区教育局:负责校园周边环境整治的协调工作。',
      '4.区住建局:负责会同有关部门整治建筑工地扬尘。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['负责会同交警、路政部门清理占道停车', ['区交通局'], ['交警部门', '路政部门']],
      ['负责协同区市场监管局检查小餐饮卫生状况', ['区卫健委'], ['区市场监管局']],
      ['负责校园周边环境整治的协调工作', ['区教育局'], []],
      ['负责会同有关部门整治建筑工地扬尘', ['区住建局'], []],
    ]);
  });
});
