// Golden tests on the five real documents in seeds/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDecompositionTable } from '../../shared/plan/decomposition-table.js';
import { parsePlanText } from '../../shared/plan/document.js';
import type { ParsedIndicator } from '../../shared/plan/types.js';
import { seedsDir } from '../helpers/temp-backend.js';

const seed = (prefix: string): string => {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  return readFileSync(join(seedsDir, file), 'utf8');
};

const byName = (list: ParsedIndicator[], name: string): ParsedIndicator => {
  const found = list.find((i) => i.name === name);
  if (!found) throw new Error(`indicator ${name} missing`);
  return found;
};

describe('seed 004: decomposition table flattened as `cell |` rows', () => {
  const plan = parsePlanText(seed('004'));

  it('reads 30 tasks from the table, not the 32 numbered body items', () => {
    expect(plan.taskSource).toBe('table');
    expect(plan.tasks).toHaveLength(30);
    expect(plan.tasks.map((t) => t.code)).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
    expect(plan.title).toBe('湛江市开展质量提升行动的方案');
  });

  it('assigns 市商务局 exactly: lead of 7 and 11, participant of 10, 19, 26', () => {
    const lead = plan.tasks.filter((t) => t.leads.includes('市商务局')).map((t) => t.code);
    const participant = plan.tasks.filter((t) => t.participants.includes('市商务局')).map((t) => t.code);
    expect(lead).toEqual(['7', '11']);
    expect(participant).toEqual(['10', '19', '26']);
  });

  it('gives the same tasks and assignments as the demo reader', () => {
    const demo = readDecompositionTable(seed('004'));
    expect(plan.tasks.map((t) => [t.path, t.title, t.leads, t.participants])).toEqual(
      demo.tasks.map((t) => [t.path, t.title, t.leads, t.participants]),
    );
  });

  it('handles the colon typed where a semicolon belongs, a lead-only row and the missing 市 prefix', () => {
    const t28 = plan.tasks.find((t) => t.code === '28');
    expect(t28?.leads).toEqual(['市财政局']);
    expect(t28?.participants).toContain('市委军民融合办');
    expect(plan.tasks.find((t) => t.code === '13')?.participants).toEqual([]);
    expect(plan.tasks.find((t) => t.code === '20')?.participants).toContain('市文化广电旅游体育局');
    expect(plan.aliases['文化广电旅游体育局']).toBe('市文化广电旅游体育局');
    expect(plan.tasks.every((t) => !t.isLeadInferred && t.leads.length === 1)).toBe(true);
    expect(plan.unplaced.filter((u) => u.kind === 'unplaced')).toEqual([]);
  });
});

describe('seed 002: 24 tasks under 5 sections, lead inferred from 责任单位', () => {
  const plan = parsePlanText(seed('002'));

  it('finds 24 tasks in 5 sections', () => {
    expect(plan.tasks).toHaveLength(24);
    expect(new Set(plan.tasks.map((t) => t.section)).size).toBe(5);
    expect(plan.tasks[0]?.code).toBe('(一)');
    expect(plan.tasks[23]?.code).toBe('(二十四)');
  });

  it('takes the first unit of each 责任单位 list as an inferred lead and keeps 各市州局 as a group', () => {
    expect(plan.tasks.every((t) => t.isLeadInferred && t.leads.length === 1)).toBe(true);
    const second = plan.tasks[1];
    expect(second?.leads).toEqual(['标准化处']);
    expect(second?.participants).toEqual(['省标质院', '各市州局']);
    expect(plan.tasks[4]?.leads).toEqual(['省计量院']);
    expect(plan.tasks[4]?.participants).toEqual([]);
    expect(second?.content).not.toContain('责任单位');
  });

  it('reads the issuer and date from the signature and lists the web page noise', () => {
    expect(plan.issuer).toBe('湖北省质量技术监督局');
    expect(plan.issuedOn).toBe('2017-11-13');
    const noise = plan.unplaced.filter((u) => u.kind === 'noise').map((u) => u.line);
    expect(noise).toEqual(expect.arrayContaining([1, 71, 75, 76, 77]));
  });
});

describe('seed 001: 16 tasks in 4 sections, no responsibility units', () => {
  const plan = parsePlanText(seed('001'));

  it('finds 16 numbered tasks under (一)…(四), not the 保障措施 items', () => {
    expect(plan.tasks).toHaveLength(16);
    expect(new Set(plan.tasks.map((t) => t.section)).size).toBe(4);
    expect(plan.tasks.map((t) => t.code)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(plan.tasks[0]?.title).toBe('全面提升产品质量');
  });

  it('says it found no responsibility units', () => {
    expect(plan.hasResponsibility).toBe(false);
    expect(plan.notes?.join('')).toContain('没有找到任何责任单位');
  });

  it('skips the download-site disclaimers and lists them', () => {
    const noise = plan.unplaced.filter((u) => u.kind === 'noise').map((u) => u.line);
    expect(noise).toEqual([2, 3, 4]);
    expect(plan.title).toBe('某市人民政府关于实施质量强市战略的意见');
  });

  it('joins a line broken mid-sentence into its task', () => {
    expect(plan.tasks[0]?.content).toContain('大力推进传统优势产业技术改造\n创新,淘汰落后产能');
  });
});

describe('seed 000: space-separated indicator tables', () => {
  const plan = parsePlanText(seed('000'));
  const list = plan.indicators ?? [];

  it('reads both tables: 12 indicators with attribute, 15 targets', () => {
    expect(list).toHaveLength(27);
    expect(list.slice(0, 12).every((i) => i.attribute !== null)).toBe(true);
    expect(list.filter((i) => i.attribute === 'binding').map((i) => i.name)).toEqual(['万台特种设备死亡率']);
  });

  it('parses 。 as a decimal point, / as no baseline, ranges and 以上', () => {
    const death = byName(list, '万台特种设备死亡率');
    expect(death.baseline).toMatchObject({ text: '0。38', comparator: '=', low: 0.38, high: 0.38 });
    expect(death.target).toMatchObject({ comparator: '<', low: null, high: 0.29 });
    expect(byName(list, '可比性产品质量监督抽查合格率').baseline.isNone).toBe(true);
    expect(byName(list, '可比性产品质量监督抽查合格率').target).toMatchObject({ comparator: '=', low: 95, unit: '%' });
    expect(byName(list, '国家级产品质量提升示范区').target).toMatchObject({ comparator: 'range', low: 1, high: 2, unit: '个' });
    expect(byName(list, '湖北名牌对咸宁GDP贡献率').target).toMatchObject({ comparator: '>=', low: 25, high: null });
    expect(byName(list, '检验检测认证行业产值').baseline).toMatchObject({ low: 0.4, unit: '亿' });
    expect(byName(list, '(咸宁)湖北名牌对GDP贡献率')).toMatchObject({ attribute: 'expected' });
  });

  it('lists the row that has no target value', () => {
    expect(plan.unplaced.some((u) => u.text === '规模以上企业主导产品采用国际标准率' && u.kind === 'unplaced')).toBe(true);
  });
});

describe('seed 003: indicator tables one cell per line', () => {
  const plan = parsePlanText(seed('003'));
  const list = plan.indicators ?? [];

  it('reads 表一 (30 rows, target and achieved) and 表2 (37 rows with units)', () => {
    expect(list).toHaveLength(67);
    expect(list.filter((i) => i.achieved !== null)).toHaveLength(30);
    expect(new Set(list.map((i) => i.category))).toEqual(new Set(['产品质量', '工程质量', '服务质量', '环境质量', '品牌建设', '质量监督']));
  });

  it('parses ≥, ≤, 以上, spaced units and keeps 完成 as text', () => {
    expect(byName(list, '主要工业产品质量合格率')).toMatchObject({ unit: '%', target: { comparator: '>=', low: 97 } });
    expect(byName(list, '主要污染物 PM2.5 年均浓度')).toMatchObject({ unit: '微克/立方米', target: { comparator: '<=', high: 35 } });
    expect(byName(list, '省级服务业标准化试点单位').target).toMatchObject({ text: '5 家以上', comparator: '>=', low: 5, unit: '家' });
    expect(byName(list, '食品安全监测合格率').achieved).toMatchObject({ low: 97.5 });
    expect(byName(list, '每年完成国务院和省政府下达的环境质量目标任务').target).toMatchObject({ text: '完成', comparator: null });
    expect(byName(list, '农产品和食品检验量(新增)')).toMatchObject({ unit: '批次/千人', category: '质量监督' });
  });

  it('keeps the OCR noise target as text and lists it', () => {
    const geo = list.filter((i) => i.name === '国家地理标志产品');
    expect(geo.map((i) => i.target.text)).toContain('e 1');
    expect(plan.unplaced.some((u) => u.text.includes('e 1') && u.kind === 'unplaced')).toBe(true);
  });

  it('reads the —— bullets under 重点任务 as tasks and skips the adverts', () => {
    expect(plan.tasks.length).toBe(28);
    expect(plan.title).toBe('宿州市质量强市建设“十四五”规划');
    expect(plan.unplaced.filter((u) => u.reason === '广告').map((u) => u.line)).toEqual([5, 6]);
  });
});

describe('seed 000: the tasks an office would track', () => {
  const plan = parsePlanText(seed('000'));

  it('takes the four 主要任务 items and every 战略举措 measure: broken-down measures give their items, the others are tasks themselves', () => {
    // 第三…第七 carry their work in the paragraphs under the heading; dropping them would lose five of
    // the eight measures, so a numbered heading with nothing numbered under it is a task (domain rule:
    // "without any responsibility, the leaves are the tasks").
    expect(plan.tasks.map((t) => t.path)).toEqual([
      '4/1', '4/2', '4/3', '4/4',
      '5/1/1', '5/1/2', '5/1/3',
      '5/2/1', '5/2/2', '5/2/3',
      '5/3', '5/4', '5/5', '5/6', '5/7',
      '5/8/1', '5/8/2', '5/8/3', '5/8/4',
    ]);
    expect(plan.tasks.find((t) => t.path === '5/3')).toMatchObject({ code: '第三', title: '深化质监改革转型,推进检验检测机构整合' });
    expect(plan.tasks.find((t) => t.path === '5/3')?.content).toContain('分层推进、分类整合、转型改制');
    expect(plan.tasks.find((t) => t.path === '5/1/1')?.section).toContain('贯彻质量强市战略');
    expect(plan.tasks.every((t) => t.leads.length === 0)).toBe(true);
  });

  it('keeps indicator table captions and rows out of the text of the task above them', () => {
    for (const t of plan.tasks) {
      expect(t.content).not.toContain('指标和目标');
      expect(t.content).not.toContain('国家级质量强市示范市');
    }
    expect(plan.tasks.find((t) => t.path === '5/5')?.content).toContain('培育发展8-10个有较高知名度的品牌');
  });

  it('links the table placed inside 第五 to that task, and the plan-level table to none', () => {
    const list = plan.indicators ?? [];
    expect(list.slice(0, 12).every((i) => i.taskPath === null)).toBe(true);
    expect(list.slice(12).every((i) => i.taskPath === '5/5')).toBe(true);
  });
});

describe('seed 003: the tasks under 重点任务', () => {
  const plan = parsePlanText(seed('003'));

  it('gives 28 —— tasks in 7 groups and no review or safeguard chapter', () => {
    const perGroup = new Map<string, number>();
    for (const t of plan.tasks) perGroup.set(t.path.split('/').slice(0, 2).join('/'), (perGroup.get(t.path.split('/').slice(0, 2).join('/')) ?? 0) + 1);
    expect([...perGroup.entries()]).toEqual([['4/1', 3], ['4/2', 4], ['4/3', 5], ['4/4', 4], ['4/5', 5], ['4/6', 4], ['4/7', 3]]);
    expect(plan.tasks[0]).toMatchObject({ title: '开展制造业质量标准提升行动', section: '重点任务 / 推动制造业迈向中高端' });
    expect(plan.tasks.at(-1)?.title).toBe('进一步加强区域质量合作交流');
    expect(plan.hasResponsibility).toBe(false);
  });

  it('links an indicator to the one task that names it; tables before the tasks are placed under none', () => {
    const linked = (plan.indicators ?? []).filter((i) => i.taskPath).map((i) => [i.name, i.taskPath]);
    expect(linked).toEqual(expect.arrayContaining([['建筑节能标准执行率', '4/2/3'], ['水利工程质量合格率', '4/2/3'], ['安徽工业精品', '4/1/3']]));
    expect(new Set(linked.map(([, path]) => path))).toEqual(new Set(['4/2/3', '4/1/3']));
  });
});
