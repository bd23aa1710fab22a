// The reader of last resort, for a page every other reader found no task in (document.ts): the page is cut into
// pieces that each open with the unit that does them, whatever else the page looks like. It reads no shape of its
// own; it asks only "does this sentence open by naming its doer?", with the subject test every other reader shares
// (fallback-leads.ts), on every sentence of the page:
// - a unit label `X:` / `X负责:` opening a sentence (`公安局:抽调…`, `4、市经委负责:…`); a label alone on its line
//   holds the lines under it (each is a task of that unit) until the next label or heading;
// - a sentence whose subject is a unit (`公安局担当…`, `保密局要指导…`, `A、B负责…`), or that opens `由X负责…`.
// A piece runs from such a sentence to the next one or to the end of its paragraph. Why a last resort and not a
// rule: five rounds of pages nobody had seen showed that most of the tasks missed on them sat on pages where no
// task was found at all (news reports, duty lists run together, minutes), each in a shape no reader knew; the
// subject of a sentence is what all those shapes share.
import { namedUnits, unitsOfText } from './fallback-leads.js';
import { parseLeadVerbForm } from './lead-verbs.js';
import { readHeading, splitTitle } from './numbering.js';
import { bareList } from './responsibility.js';
import { isDepartmentLike, isTownName, looksLikePersonName } from './unit-names.js';
import type { SourceLine } from './body.js';
import type { ParsedTask } from './types.js';

type Units = Pick<ParsedTask, 'leads' | 'participants' | 'isLeadInferred'>;

/** `X:`, `X负责:`, `X职责:`, `X主要职责:` opening a sentence; the rest after the colon. */
const LABEL = /^([^::,,。;;!?\s]{2,40}?)(?:负责|主要职责|工作职责|职责|工作任务|任务)?[::]\s*(.*)$/s;

/** Sentences of a line, each with its closing mark. */
const sentences = (text: string): string[] => text.match(/[^。;;!?!?]+[。;;!?!?]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [];

const withoutNumber = (text: string): string => readHeading(text)?.rest ?? text;

/** A list read as the other readers read a bare one (the first leads, inferred); one name alone simply leads. */
const listed = (names: string[]): Units => {
  const { leads, participants } = bareList(names);
  return { leads, participants, isLeadInferred: names.length > 1 };
};

/** `X牵头,A、B配合`, `由X主办,Y协办`, `X会同Y`. */
const ROLE_VERBS = /牵头|牽頭|主办|配合|协办|协同|会同/;

type Opening = { units: Units; rest: string };

/**
 * Who a sentence names as its doer at its start, and the words after a label; null when it names none. The doer
 * may come after up to three lead-in clauses (`为完成…任务,X要求,由A牵头,B配合,…`): each clause end is tried in turn.
 */
const opening = (sentence: string): Opening | null => {
  const text = withoutNumber(sentence.trim());
  const topical = topicFirst(text);
  if (topical) return topical;
  const starts = [0, ...[...text.matchAll(/[,,::]/g)].map((m) => (m.index ?? 0) + 1)].slice(0, 4);
  for (const at of starts) {
    // After a lead-in only a stated doer counts (`由X牵头`, `X负责`, `X要`): a bare name there is the work's object.
    const found = at === 0 ? openingAt(text) : saneNames(readOpening(text.slice(at)));
    if (found) return found;
  }
  return null;
};

/**
 * The work named first, then who does it (`校园周边环境整治主要由县公安局牵头,工商、文体等部门配合,对…`, `两场建设由
 * 张三牵头,住建局落实`): the 分工 clause is its longest run of clauses that reads as one, and the work is the title.
 * A person before 牵头 (an official in charge) leaves the units that carry the work out to lead it.
 */
const topicFirst = (text: string): Opening | null => {
  const m = /^([^,,。;;:由]{2,30}?)(?:主要|具体|统一|均|将)?(?=由)/.exec(text);
  if (!m?.[1] || NOT_A_NAME.test(m[1])) return null;
  const clauses = text.slice(m[0].length).split(/(?<=[,,])/);
  for (let k = clauses.length; k >= 1; k -= 1) {
    const said = parseLeadVerbForm(clauses.slice(0, k).join('').replace(/[,,]$/, ''));
    if (!said || said.leads.length === 0) continue;
    const byPerson = said.leads.every(looksLikePersonName);
    if (byPerson && said.participants.length === 0) return null;
    const units: Units = byPerson ? { leads: said.participants, participants: [], isLeadInferred: false } : said;
    const after = clauses.slice(k).join('').trim();
    return { units, rest: `${m[1]}${after ? `。${after}` : ''}` };
  }
  return null;
};

/** Every name an opening gives is a name, not words of the sentence (`我县各部门`, `X已对…单位`). */
const saneNames = (found: Opening | null): Opening | null =>
  found && [...found.units.leads, ...found.units.participants].every((n) => !/\s|^[我全]/.test(n) && !NOT_A_NAME.test(n)) ? found : null;

const openingAt = (text: string): Opening | null => saneNames(readOpening(text)) ?? saneNames(byLeadingNames(text));

const byLeadingNames = (text: string): Opening | null => {
  const names = leadingNames(text);
  return names ? { units: listed(names), rest: text } : null;
};

const readOpening = (text: string): Opening | null => {
  const label = LABEL.exec(text);
  if (label?.[1]) {
    const names = namedUnits(label[1]);
    if (names) return { units: listed(names), rest: (label[2] ?? '').trim() };
  }
  // The role verbs of a 分工 clause, read as a bracket's are; 负责 alone is left to the subject test, since
  // `X负责人参加…` names people.
  const stated = ROLE_VERBS.test(text) && !/负责人|负责同志/.test(text) ? parseLeadVerbForm(text) : null;
  if (stated && stated.leads.length > 0) return { units: { leads: stated.leads, participants: stated.participants, isLeadInferred: stated.isLeadInferred }, rest: text };
  const units = unitsOfText(text, '');
  return units && units.leads.length > 0 ? { units, rest: text } : null;
};

/** What may follow a unit's name and still leave it the subject: not a title, a possessive or the list going on. */
const NOT_AFTER_SUBJECT = /^(?:[站局所队院校处科室部厅行社团委办]?长|关于|關於|召开|举行|举办|主持|汇报|介绍|表示|获悉|参加|出席|主要负责|主要领导|副|常委|主任|书记|主席|同志|领导|负责人|干部|职工|人员|门|位|的|之|等|和|与|及|、|或|[((])/;

/** A post, a person's title or a verb inside a name: a sentence's words, not a unit's name. */
const NOT_A_NAME = /(?:布局|格局|大局|全局|开局|结局|时局)$|^第[一二三四五六七八九十\d]+|^(?:欢迎|歡迎|完善|建设|建立|健全|提高|提升|促进|优化|深化|规范|强化|加大|扩大|支持|鼓励|引导|发展|培育|启动|实施|推进|开展|加强|加快|做好|抓好|落实|组织|完成|新建|改造|打造|创建|推动)|关于|關于|组织(?!部)|开展|[对對该該这這此现現]|工作人员|问题|問題|以下|书记|[省市县区镇乡局厅处科部]长|主任|委员(?!会)|主席|同志|了|会议|听取|研究|主持|召开|同意|通过|要求|指出|强调|表示|认为|获悉|记者/;

/** A county or a city by its name alone opens news (`X县召开…`), not a duty; a town or a 街道 is a unit. */
const isPlainUnit = (name: string): boolean =>
  name.length <= 20 &&
  !/[\dA-Za-z]/.test(name) &&
  !NOT_A_NAME.test(name) &&
  WHOLE_UNIT_END.test(name) &&
  (isDepartmentLike(name) || (isTownName(name) && /(?:镇|乡|街道)$/.test(name)));

/**
 * The ends a unit's name has when nothing says it is one but its place at the sentence's start: the longer
 * endings many names share (`委员会`, `银行`, `办事处`), not a bare 会, 行 or 处, which end words too (`社会`, `人行`).
 */
const WHOLE_UNIT_END = /(?:[局委厅办院所站队署室校]|中心|公司|集团|政府|街道|办事处|委员会|管委会|协会|联合会|工会|妇联|团委|银行|分行|支行|部门|[镇乡]|[省市县区]委|部)$/;

/**
 * The longest run at a sentence's start that is nothing but units' names, with more words after it: the subject
 * of a sentence whose verb no reader lists (`公安局担当…`, `A、B已制定了…`, `供电公司制定了…`).
 */
const leadingNames = (text: string): string[] | null => {
  const head = /^[^,,。;;:!?]*/.exec(text)?.[0] ?? '';
  for (let cut = Math.min(head.length - 2, 40); cut >= 2; cut -= 1) {
    if (NOT_AFTER_SUBJECT.test(head.slice(cut))) continue;
    const names = namedUnits(head.slice(0, cut));
    if (names?.every(isPlainUnit)) return names;
  }
  return null;
};

/** A short line with no sentence mark that is numbered or stands alone: a heading, which ends a label's hold. */
const isHeading = (text: string): boolean => text.length <= 30 && !/[。;;,,]/.test(text) && (readHeading(text) !== null || text.length <= 16);

const ABOUT_A_DOCUMENT = /^《[^》]{1,80}》(?:已经|已|经|现|予以|印发)/;

/** `lines`: every line the piece's text was taken from (a goal and the who-line under it are two). */
type Piece = { line: number; units: Units; text: string; lines: number[] };

/** A clause that says who and nothing else: `由X会同有关部门组织落实。`, `A牵头,B配合。`. */
const WHO_ONLY = /(?:牵头|负责|落实|配合|办理|实施|承办|主办|协办|执行)[。;;]?$/;

/** The pieces as tasks, and the lines they were read from (the labels that named their units too). */
const unitLedPieces = (lines: readonly SourceLine[]): { tasks: ParsedTask[]; lines: Set<number> } => {
  const pieces: Piece[] = [];
  const labels = new Set<number>();
  let holder: Units | null = null;
  // The line before, when it opened no piece: the work a who-only line after it assigns.
  let previous: SourceLine | null = null;
  for (const l of lines) {
    const text = l.text.trim();
    let current: Piece | null = null;
    let opened = false;
    const work = previous;
    previous = null;
    // A line with no sentence in it (a headline, `X专题会议纪要`) opens nothing; a label alone is read below.
    const isTitle = !/[。;;,,::!?!?]/.test(text) && text.length <= 30;
    // A notice's addressees (`各乡镇人民政府,县直各部门:`) name no doer.
    if (/[::]$/.test(text) && /[,,]/.test(text) && !/[。;;]/.test(text)) continue;
    for (const [at, s] of isTitle ? [] : sentences(text).entries()) {
      // A sentence about a document (`《…》已经县人民政府同意,现予印发`) names no doer, whatever follows in it.
      if (ABOUT_A_DOCUMENT.test(withoutNumber(s))) continue;
      const who = at === 0 && work && s.length <= 45 && WHO_ONLY.test(s) ? opening(s) : null;
      if (who && work) {
        current = { line: work.line, units: who.units, text: `${withoutNumber(work.text.trim())}${s}`, lines: [work.line, l.line] };
        pieces.push(current);
        opened = true;
        continue;
      }
      const found = opening(s);
      if (found && found.rest === '' && LABEL.test(withoutNumber(s))) {
        // A label alone: it holds the lines under it.
        holder = found.units;
        labels.add(l.line);
        current = null;
        opened = true;
        continue;
      }
      if (found) {
        current = { line: l.line, units: found.units, text: found.rest, lines: [l.line] };
        pieces.push(current);
        opened = true;
      } else if (current) current.text += s;
    }
    if (opened) continue;
    if (isHeading(text)) holder = null;
    else if (holder) pieces.push({ line: l.line, units: holder, text: withoutNumber(text), lines: [l.line] });
    else previous = l;
  }
  const kept = pieces.filter((p) => p.text.replace(/[。;;,,\s]/g, '').length >= 4);
  const tasks = kept.map((p, i): ParsedTask => {
    const { title, content } = splitTitle(p.text);
    return { path: String(i + 1), code: String(i + 1), level: 1, section: '', title, content, deadlineText: '', line: p.line, ...p.units };
  });
  return { tasks, lines: new Set([...labels, ...kept.flatMap((p) => p.lines)]) };
};


/**
 * The last resort (document.ts) for a page no other reader found a task in, or whose tasks name no unit at all (a
 * 督查通报's few numbered parts over sentences that each open with the town they are about): its pieces when there
 * are two at least, and more than the unit-less tasks they replace; the lines they took; and the note that tells the
 * office how these tasks were found, so that it checks them.
 */
export const lastResortPieces = (
  lines: readonly SourceLine[],
  found: ParsedTask[],
  settle: (tasks: ParsedTask[]) => ParsedTask[],
): { tasks: ParsedTask[]; lines: Set<number>; note: string } | null => {
  const hasUnits = (t: ParsedTask): boolean => t.leads.length + t.participants.length > 0;
  // Units the whole page settles (settle-units.ts) count when they reach every task: a guess for one task of a
  // bulletin's parts (a town its text names) does not make the others' towns any less unread.
  if (found.some(hasUnits) || (found.length > 0 && settle(found).every(hasUnits))) return null;
  // In place of unit-less items, only what the items' own lines say: the page's head (its site, title, addressees) is no task.
  const from = Math.min(...found.map((t) => t.line));
  const pieces = unitLedPieces(found.length === 0 ? lines : lines.filter((l) => l.line >= from));
  // Twice as many as the items they replace at least: a few unit-led sentences inside unit-less items are their detail.
  if (pieces.tasks.length < 2 || pieces.tasks.length < 2 * found.length) return null;
  const why = found.length === 0 ? '文件中没有编号条目或分工表' : `文件中的 ${found.length} 个编号条目都没有写明责任单位`;
  return { ...pieces, note: `${why},以下 ${pieces.tasks.length} 项任务是按“以单位开头的句子”读出的:请逐项核对,不是任务的请点“不是任务”。` };
};
