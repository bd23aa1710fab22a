// A table that reached us as one run of text with no separators at all (a document-sharing site's dump
// of a .docx: `序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施……。何海平教育局经开区…`).
// The header is found by its words; rows start at numbers that follow one another; the units at the
// end of each row are cut apart by the endings only a unit's name has.
import type { SourceLine } from './body.js';
import type { FoundTable } from './flattened.js';
import { splitGluedHeader } from './flattened-forms.js';
import { isImprintLine } from './imprint.js';
import { splitTitle } from './numbering.js';
import { parseLeadVerbForm } from './lead-verbs.js';
import { headerRoles, type Role, type TableRow } from './table-rows.js';
import { isDepartmentLike, splitUnitList } from './unit-names.js';
import { GLUED_UNIT_END, gluedUnitAt } from './glued-units.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧芮常单';

const unitAt = (text: string): string | null => gluedUnitAt(text, true);

/** The words a unit's name opens with when its level is left out (机关事务管理局, 人大常委会, 党委办公室). */
const UNIT_OPENING = /^(?:[省市区县镇乡]|各|机关|人大|政协|政府|党委|党工委|财政|发展|发改|教育|教体|民政|住建|住房|自然|资规|交通|农业|农村|水利|水务|商务|文化|文旅|卫生|卫健|审计|统计|市场|经信|工信|科技|司法|税务|城管|城市|应急|退役|医保|医疗|残联|妇联|工会|总工会|团委|组织|宣传|统战|政法|纪委|档案|信访|国资|生态|环保|林业|气象|供销|邮政|消防|融媒|公安|人社|人力|行政|政务|编办|网信|大数据|机构|投资|城投|交投|文明|老干部|红十字|科协|工商联|侨联|社科|台办|外事|粮食|体育|旅游|广电|新闻|人武|武装|法院|检察院|人民|国有|烟草|地方|疾控|广播|妇女|科学|残疾|供电|供水|自来水|台联)/;

/**
 * Units at the start of `text` until something else begins. With a leader's column the (sub-)row's
 * units come after the leader's name, so without a name there are none (`全区城镇新增就业…` is text).
 */
const unitsAt = (text: string, personFirst: boolean): { units: string[]; rest: string } => {
  let rest = text;
  if (personFirst) {
    if (!SURNAMES.includes(rest[0] ?? '')) return { units: [], rest };
    // 何海平教育局 / 张菁民政局: the name's length is the one that leaves a unit of three or more characters.
    const three = unitAt(rest.slice(3));
    const two = unitAt(rest.slice(2));
    // Most names have three characters; a two-character one shows when only it leaves a unit that opens
    // the way units do (张菁机关事务管理局: 机关…, not 关事务…).
    const twoFits = two !== null && two.length >= 3 && UNIT_OPENING.test(two) && !(three !== null && UNIT_OPENING.test(three));
    if (three && three.length >= 3 && !twoFits) rest = rest.slice(3);
    else if (two && two.length >= 3) rest = rest.slice(2);
    else return { units: [], rest: text };
  } else if ((unitAt(rest)?.length ?? 0) < 3) return { units: [], rest };
  const units: string[] = [];
  for (let unit = unitAt(rest); unit; unit = unitAt(rest)) {
    units.push(unit);
    rest = rest.slice(unit.length);
  }
  return { units, rest };
};

/**
 * A row with no sentence end (`十陵景区项目加快建设43000020000市兴城公司区建设局王天刚郭代辉`): the text before
 * the figures is the task; after them, the leaders' names at the end are passed over and the lead is
 * the last unit, the shortest tail that opens with its level (区建设局, not 市兴城公司区建设局).
 */
const figureRow = (text: string, roles: Role[]): string[] | null => {
  const m = /^(\D+?)[\d.]+(?:\s*[\d.]+)*(\D+)$/.exec(text.trim());
  if (!m?.[1] || !m[2]) return null;
  let tail = m[2].trim();
  for (let again = true; again; ) {
    again = false;
    for (const len of [3, 2]) {
      const name = tail.slice(-len);
      if (tail.length > len + 2 && SURNAMES.includes(name[0] ?? '') && !GLUED_UNIT_END.test(name)) {
        tail = tail.slice(0, -len);
        again = true;
        break;
      }
    }
  }
  if (!GLUED_UNIT_END.test(tail)) return null;
  let lead = '';
  for (let at = tail.length - 3; at >= Math.max(0, tail.length - 10) && !lead; at -= 1) if (/[省市区县]/.test(tail[at] ?? '')) lead = tail.slice(at);
  if (!lead) return null;
  return roles.map((r) => (r === 'task' ? (m[1] ?? '') : r === 'lead' || r === 'responsibility' ? lead : ''));
};

/**
 * The row's units written as a sentence of role verbs after its last sentence end
 * (`…文化。甲局、乙厅牵头;丙委配合;各市县政府落实`): the unit cell is that clause, read by its verbs.
 */
const verbTail = (text: string, roles: Role[]): string[] | null => {
  const stop = text.lastIndexOf('。');
  const tail = text.slice(stop + 1).trim();
  const unitColumn = roles.findIndex((r) => r === 'responsibility' || r === 'lead');
  if (stop < 0 || unitColumn < 0 || !/牵头|配合|负责|落实|参与|协同|协助/.test(tail)) return null;
  const read = parseLeadVerbForm(tail);
  if (!read || read.leads.length === 0) return null;
  const { title, content } = splitTitle(text.slice(0, stop + 1));
  const hasContent = roles.includes('content');
  return roles.map((r, i) =>
    r === 'task' ? (hasContent ? title : text.slice(0, stop + 1)) : r === 'content' ? content : i === unitColumn ? tail : '',
  );
};

/** Cuts a row's text (after its number) into its cells by the header's roles. */
const rowCells = (text: string, roles: Role[]): string[] => {
  const byVerbs = verbTail(text, roles);
  if (byVerbs) return byVerbs;
  if (!text.includes('。')) {
    const cells = figureRow(text, roles);
    if (cells) return cells;
  }
  const personFirst = roles.some((r, i) => r === 'other' && i > roles.findIndex((x) => x === 'task'));
  const leads: string[] = [];
  const others: string[] = [];
  const contents: string[] = [];
  // Each piece ends at a sentence end; the units of a (sub-)row follow it, then the next piece's text.
  let rest = text;
  while (rest.length > 0) {
    const stop = rest.indexOf('。');
    if (stop < 0) {
      // The row's last cell written as a list (`市委宣传部(市文明办)、市城管委,市住建局等部门,各区(市)县政府`):
      // every part a unit, so it is the 责任单位 cell, not more of the task.
      const listed = leads.length === 0 ? splitUnitList(rest) : [];
      if (listed.length > 1 && listed.every(isDepartmentLike)) {
        leads.push(listed[0] ?? '');
        others.push(...listed.slice(1));
      } else contents.push(rest);
      break;
    }
    contents.push(rest.slice(0, stop + 1));
    const { units, rest: after } = unitsAt(rest.slice(stop + 1), personFirst);
    if (units.length > 0) {
      leads.push(units[0] ?? '');
      others.push(...units.slice(1));
    }
    rest = after;
  }
  const { title, content } = splitTitle(contents.join(''));
  const byRole: Partial<Record<Role, string>> = {
    task: title,
    content,
    lead: leads.join('、'),
    participant: others.join('、'),
    responsibility: [...leads, ...others].join('、'),
  };
  if (!roles.includes('content')) byRole.task = contents.join('');
  // No task column, two text columns (`工作内容 / 目标任务`): each sentence-ended piece is a cell, the first
  // piece the first column's, so the task keeps its own words as its title.
  if (!roles.includes('task')) {
    const textCells = roles.flatMap((r, i) => (r === 'content' ? [i] : []));
    const pieces = textCells.length > 1 && contents.length > 1 ? [contents[0] ?? '', contents.slice(1).join('')] : [contents.join('')];
    return roles.map((r, i) => (r === 'seq' ? '' : r === 'content' ? (pieces[textCells.indexOf(i)] ?? '') : (byRole[r] ?? '')));
  }
  return roles.map((r) => (r === 'seq' ? '' : (byRole[r] ?? '')));
};

/** Finds one glued table in the text; null when there is none. */
export const findGluedTable = (lines: SourceLine[]): FoundTable | null => {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]?.text ?? '';
    const at = line.indexOf('序号');
    if (at < 0 || /\s/.test(line.slice(at, at + 20))) continue;
    // The header runs to the longest prefix that is header words end to end (it may hold `2009年计划投资`).
    let headerText = '';
    let words: string[] | null = null;
    for (let end = Math.min(line.length, at + 80); end > at + 8 && !words; end -= 1) {
      words = /\s/.test(line.slice(at, end)) ? null : splitGluedHeader(line.slice(at, end));
      if (words) headerText = line.slice(at, end);
    }
    const roles = words ? headerRoles(words) : null;
    if (!words || !roles || !roles.some((r) => r === 'lead' || r === 'responsibility')) continue;
    // The rest of the table: this line after the header and the lines after it; a sharing site's page
    // numbers (`2、`) at line starts and the header repeated on each page are not the table's.
    // The document's 版记 (`某办公室 2023年3月1日印发`, `抄送:`) after the table ends it.
    const imprint = lines.findIndex((l, k) => k > i && isImprintLine(l.text));
    const after = lines.slice(i + 1, imprint > i ? imprint : undefined);
    const used = [lines[i], ...after].map((l) => l?.line ?? 0);
    const body = [line.slice(at + headerText.length), ...after.map((l) => l.text.replace(/^\d{1,2}、(?=\D)/, ''))].join('').split(headerText).join('');
    const rows: TableRow[] = [];
    // A table continued from an earlier page (`(上接第三版)`) starts at its own row number, not at 1.
    let expected = Number(/^\d{1,3}(?=[\u4e00-\u9fff“‘《((])/.exec(body)?.[0] ?? 1);
    const starts: { n: number; at: number; width: number }[] = [];
    for (let p = 0; p < body.length; p += 1) {
      const n = String(expected);
      // Not a date or a count inside a row's text (`2021年2月底前`, `3所学校`): the number is followed by a
      // measure word or preceded by 年. A row may open with a quote or a bracket (`11“最多跑一次”改革`).
      const next = body[p + n.length] ?? '';
      const isCount = /[月日号年个项万亿元家所条次人户米亩吨座名批期类级倍天周季部%]/.test(next) || body[p - 1] === '年';
      if (body.startsWith(n, p) && !/\d/.test(next) && (p === 0 || !/[\d.%]/.test(body[p - 1] ?? '')) && /[\u4e00-\u9fff“‘《((]/.test(next) && !isCount) {
        starts.push({ n: expected, at: p, width: n.length });
        expected += 1;
        p += n.length - 1;
      }
    }
    for (const [k, s] of starts.entries()) {
      const from = s.at + s.width;
      const end = starts[k + 1]?.at ?? body.length;
      const cells = rowCells(body.slice(from, end), roles);
      const seq = roles.indexOf('seq');
      if (seq >= 0) cells[seq] = String(s.n);
      rows.push({ line: lines[i]?.line ?? 0, cells });
    }
    if (rows.length === 0) continue;
    return { title: line.slice(0, at).replace(/^\d{1,2}、/, ''), roles, rows, lines: used, headerLine: lines[i]?.line ?? 0, stray: [] };
  }
  return null;
};
