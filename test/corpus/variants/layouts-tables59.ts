// Table shapes of heldout60/61 (brief H-fix12-tables59): a 督查/整改 list's table whose text column is named for the
// problems (整改问题 / 问题描述 / 存在问题), printed one cell a paragraph (1381) or one `cell |` a line (1382); and a
// spaced table whose header words have their characters spaced out (`序号 工 作 任 务 牵头负责部门`, 1362).
import type { Rng } from '../../../bench/rng.js';
import type { KeyTask } from '../score.js';
import { bare, coLeads, join, keyTask, type Generated } from './body.js';
import { frame } from './frame.js';
import type { Layout } from './layouts-body.js';
import type { PoolTask } from './pool.js';

const drop = (title: string): string => title.replace(/[。;;]$/, '');
const problemWord = (rng: Rng): string => rng.pick(['整改问题', '问题描述', '存在问题', '反馈问题', '督查发现问题', '主要问题']);
const unitWord = (rng: Rng): string => rng.pick(['责任单位', '整改责任单位', '整改单位', '责任部门']);
const deadline = (rng: Rng): string => rng.pick(['立行立改', '长期坚持', '2024年6月底', '2025年底前', '限期整改']);

/** `序号` / `整改问题` / `责任单位` / `整改时限`, then each row's cells, every cell a paragraph, a blank line between. */
const problemCellParagraphs = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const cells = ['序号', problemWord(rng), unitWord(rng), rng.pick(['整改时限', '完成时限', '整改期限'])];
  const key: KeyTask[] = [];
  tasks.forEach((t, k) => {
    cells.push(String(k + 1), t.title, join([...t.leads, ...t.participants]), deadline(rng));
    key.push(keyTask(t.title, bare(t)));
  });
  const title = `${f.issuer}${rng.pick(['督察反馈意见整改任务清单', '巡察反馈问题整改清单', '审计发现问题整改台账'])}`;
  return { text: [title, '', `发布时间:${2018 + rng.int(6)}-0${1 + rng.int(9)}-1${rng.int(10)}  来源:`, '', cells.join('\n\n'), ...f.foot].join('\n'), key };
};

/** One cell a line with a trailing ` |`: `序号 |` / `路段名称 |` / `问题描述 |` / `责任单位 |` / `备注 |`, rows `1 |` …, an empty 备注 a lone `|`. */
const problemBarCells = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const place = rng.pick(['路段名称', '检查点位', '具体点位', '检查路段']);
  const lines = ['序号', place, problemWord(rng), unitWord(rng), '备注'].map((c) => `${c} |`);
  const roads = ['人民路', '解放大道', '滨河东路', '建设街', '光明路'];
  const key: KeyTask[] = [];
  let road = rng.pick(roads);
  tasks.forEach((t, k) => {
    // Two rows on one road print its name twice, as the page does.
    if (rng.next() < 0.5) road = rng.pick(roads);
    lines.push(`${k + 1} |`, `${road} |`, `${drop(t.title)} |`, `${join([...t.leads, ...t.participants])} |`, rng.next() < 0.7 ? '|' : `${rng.pick(['已督促', '限期整改'])} |`);
    key.push(keyTask(t.title, bare(t)));
  });
  const head = [`${f.issuer}${rng.pick(['创建全国文明城市', '卫生城市复审', '城市管理'])}测评路段问题汇总表`, `督查领导:${rng.pick(['王建国', '李明', '张华'])} 督查时间:${2019 + rng.int(5)}年${1 + rng.int(12)}月${1 + rng.int(28)}日`];
  return { text: [...head, ...lines, ...f.foot].join('\n'), key };
};

/** Spell a header word with its characters spaced out (`工 作 任 务`). */
const spaced = (word: string): string => [...word].join(' ');

/** `序号 工 作 任 务 牵头负责部门` then rows `N 任务 单位` parted by single spaces. */
const spacedLetterHeader = (rng: Rng, tasks: PoolTask[]): Generated => {
  const f = frame(rng);
  const task = rng.pick(['工作任务', '重点任务', '主要任务', '任务名称']);
  const unit = rng.pick(['牵头负责部门', '牵头单位', '责任单位']);
  const seq = rng.next() < 0.5 ? '序号' : spaced('序号');
  const unitCell = rng.next() < 0.5 ? unit : spaced(unit);
  const header = `${seq} ${spaced(task)} ${unitCell}`;
  const key: KeyTask[] = [];
  const rows = tasks
    .filter((t) => !/\s/.test(t.title))
    .map((t, k) => {
      key.push(keyTask(t.title, unit === '责任单位' ? bare(t) : coLeads(t)));
      return `${k + 1} ${drop(t.title).replace(/。/g, ',')} ${join([...t.leads, ...t.participants])}`;
    });
  const notice = [`${f.issuer}有关部门:`, `现将《${f.issuer}重点工作任务分工》印发给你们,请认真贯彻落实。`, `${f.issuer}人民政府办公室`, ''];
  return { text: [...f.head, ...notice, `${f.issuer}重点工作任务分工`, header, ...rows, ...f.foot].join('\n'), key };
};

/** A news report's picture captions `图①:问题。责任单位:X。`, one a paragraph, two blank lines between (1326). */
const captionLabelParagraphs = (rng: Rng, tasks: PoolTask[]): Generated => {
  const word = rng.pick(['图', '照片', '问题', '点位']);
  const label = rng.pick(['责任单位', '整改责任单位', '责任部门']);
  const key: KeyTask[] = [];
  const paras = tasks.map((t, k) => {
    const units = [...t.leads, ...t.participants];
    key.push(keyTask(t.title, bare(t)));
    const number = word === '图' ? String.fromCodePoint(0x2460 + (k % 20)) : String(k + 1);
    return `${word}${number}:${drop(t.title)}。${label}:${join(units)}。`;
  });
  const place = rng.pick(['县', '市', '区']);
  const intro = [`${place}组织文明城市创建点位专项督查`, '', `${place}报数字报 ${2018 + rng.int(6)}-1${rng.int(3)}-0${1 + rng.int(9)}`, '', `近日,${place}文明城市创建指挥部督查组深入部分创建点位进行专项督查,发现以下问题(如图)。`, ''];
  return { text: [...intro, paras.join('\n\n\n')].join('\n'), key };
};

/**
 * `…汇总表 序号 具体点位 存在问题 整改责任单位` on one line, then rows as paragraphs: `N 点位`, its problems `1、…;`
 * `2、…。 A B` with the units after the last stop, parted by spaces, or alone on the row's last line (1383).
 */
const bareNumberRows = (rng: Rng, tasks: PoolTask[]): Generated => {
  const header = `序号 ${rng.pick(['具体点位', '检查点位', '点位名称'])} ${rng.pick(['存在问题', '问题描述'])} ${rng.pick(['整改责任单位', '责任单位'])}`;
  const out = [`附件 ${rng.pick(['全国文明城市创建督查情况汇总表', '创卫督查问题汇总表'])} ${header}`, ''];
  const key: KeyTask[] = [];
  const problems = ['门口卫生死角未清理', '宣传栏内容未更新', '消防通道堆放杂物', '公益广告破损', '车辆乱停乱放'];
  tasks.forEach((t, k) => {
    const units = [...t.leads, ...t.participants].join(' ');
    key.push(keyTask(t.title, bare(t)));
    const a = rng.pick(problems);
    const b = rng.pick(problems.filter((p) => p !== a));
    const rows = rng.next() < 0.5 ? [`${k + 1} ${drop(t.title)}`, `1、${a};`, `2、${b}. ${units}`] : [`${k + 1} ${drop(t.title)}`, `1、${a}。`, units];
    out.push(rows.join('\n\n'), '');
  });
  return { text: out.join('\n'), key };
};

/** A news page pressed onto one line: groups `1.… 2.…` or one unnumbered problem, each closed by `整改责任单位:X 整改时限:…` (1403). */
const closingLabelGroups = (rng: Rng, tasks: PoolTask[]): Generated => {
  const key: KeyTask[] = [];
  const problems = ['垃圾桶未加盖', '病媒生物防制不到位', '杂物乱堆放', '积水未清理'];
  const groups = tasks.map((t, k) => {
    const unit = t.leads[0] ?? '';
    key.push(keyTask(t.title, { leads: [unit], participants: [] }));
    const label = `${rng.pick(['整改责任单位', '责任单位'])}:${unit} 整改时限:${2021 + rng.int(3)}年${1 + rng.int(12)}月${1 + rng.int(28)}日前`;
    const items = k % 3 === 2 ? `${drop(t.title).replace(/。/g, ',')}。` : `1.${drop(t.title).replace(/。/g, ',')}; 2.${rng.pick(problems)}。`;
    return `${items} ${label}`;
  });
  const intro = `近日 ${rng.pick(['县', '市'])}创建指挥部 督查组 对部分 农贸市场 小区 卫生情况进行督查 这次又有哪些 脏乱差被曝光呢?`;
  return { text: [`${rng.pick(['七城创建', '创文创卫'])}督查曝光台`, `${intro} ${groups.join(' ')} (来源:融媒体中心)`].join('\n'), key };
};

export const tables59Layouts: Layout[] = [
  { id: 'problem-column-cell-paragraphs', what: '序号/整改问题/责任单位/整改时限 table one cell a paragraph, blank lines between, bare-digit row numbers (heldout60 1381)', make: (rng, t) => problemCellParagraphs(rng, t) },
  { id: 'problem-column-bar-cells', what: '`cell |` lines, header 序号/路段名称/问题描述/责任单位/备注, empty 备注 a lone bar (heldout60 1382)', make: (rng, t) => problemBarCells(rng, t) },
  { id: 'caption-label-paragraphs', what: 'picture captions `图①:问题。责任单位:X。` one a paragraph, blank lines between (heldout59 1326)', make: (rng, t) => captionLabelParagraphs(rng, t) },
  { id: 'bare-number-row-paragraphs', what: 'table flattened into paragraphs under a one-line header: `N 点位`, sub-items `1、…`, units after the last stop or alone (heldout60 1383)', make: (rng, t) => bareNumberRows(rng, t) },
  { id: 'closing-label-groups-line', what: 'one line of problem groups each closed by `整改责任单位:X 整改时限:…`, single problems unnumbered (heldout61 1403)', make: (rng, t) => closingLabelGroups(rng, t) },
  { id: 'spaced-letter-header', what: 'spaced table, header words with their characters spaced out (`序号 工 作 任 务 牵头负责部门`), rows `N 任务 单位` (heldout60 1362)', make: (rng, t) => spacedLetterHeader(rng, t) },
];
