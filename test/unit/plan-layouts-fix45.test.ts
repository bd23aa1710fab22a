// Shapes of issue 15 (brief H-fix5-tables, held-out 1023 and 1005): each in a small made-up document of the shape.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';

/** Each task's title up to its first comma or full stop, leads and participants. */
const rows = (text: string): [string, string[], string[]][] =>
  parsePlanText(text).tasks.map((t) => [t.title.split(/[,,。]/)[0] ?? '', t.leads, t.participants]);

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
