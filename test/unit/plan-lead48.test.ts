// Shapes of held-out batch heldout48 (1122, 1124), with made-up content: a document run into one line after a
// preview's page marker, an item about a trade that adverts also name, and a duty list whose unit names close
// with a full stop.
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../shared/plan/document.js';
import { noiseReason } from '../../shared/plan/noise.js';
import { splitUnitList } from '../../shared/plan/unit-names.js';

const read = (text: string): [string, string[], string[]][] => parsePlanText(text).tasks.map((t) => [t.title, t.leads, t.participants]);

describe('lines that are the document, not page furniture or adverts', () => {
  it('drops a page marker on its own, and keeps a line that runs the document on after it', () => {
    expect(noiseReason('第2页共4页')).toBe('页码');
    expect(noiseReason('第 3 页')).toBe('页码');
    expect(noiseReason('第1页共4页某县河道保洁工作方案为做好河道保洁工作,制定本方案。')).toBeNull();
  });

  it('keeps an item that assigns units though it talks of 代理 twice', () => {
    const item = '2.规范专利代理机构执业行为,严厉打击无资质专利代理等违法行为。(区市场监管局、区科技局按职责分工负责)';
    expect(noiseReason(item)).toBeNull();
    expect(noiseReason('专利代理 商标代理 诚招代理')).toBe('广告');
  });
});

describe('a duty list whose unit names close with a full stop', () => {
  it('reads each unit and its 负责 sentences as a task led by the unit', () => {
    const text = [
      '某县河道保洁工作方案',
      '一、工作目标',
      '全县主要河道保洁率达到95%以上。',
      '二、职责分工',
      '县水利局。负责全县河道保洁工作的统筹协调。县生态环境局。负责入河排污口的排查和监管。县农业农村局。负责农业面源污染的防治。',
    ].join('\n');
    const tasks = read(text);
    expect(tasks.map(([title, leads]) => [title.slice(0, 8), leads])).toEqual([
      ['全县河道保洁工作', ['县水利局']],
      ['入河排污口的排查', ['县生态环境局']],
      ['农业面源污染的防', ['县农业农村局']],
    ]);
  });

  it('leaves a stop after text that is no unit name where it is', () => {
    const text = ['某县工作方案', '一、工作要求', '加强组织领导。负责同志要亲自抓。落实工作经费。'].join('\n');
    expect(read(text).some(([, leads]) => leads.length > 0)).toBe(false);
  });
});

describe('和 between two whole units before a later 及', () => {
  it('parts 和 and 及 alike when each side is a unit, and keeps 和 inside a name', () => {
    expect(splitUnitList('省发展改革委、经济和信息化委、生态环境厅和省能源监管办及相关地市')).toEqual(['省发展改革委', '经济和信息化委', '生态环境厅', '省能源监管办', '相关地市']);
  });
});
