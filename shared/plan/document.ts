// The importer's entry point: a document (lines and tables, from text, .docx or .xlsx) → ParsedPlan.
// Tasks come from a decomposition table when the document has one (it is the assignment of record),
// otherwise from the numbered body. Indicator tables are read wherever they are.
import { ROLE_WITH_UNIT } from './role-words.js';
import { readBody, type SourceLine } from './body.js';
import { reconcileSpellings } from './department-names.js';
import { findTextTables } from './flattened.js';
import { bodyItemLines } from './body-items.js';
import { unitsNamedRespectively } from './respective-units.js';
import { findGluedTable } from './glued-table.js';
import { liftBoxTables } from './box-table.js';
import { unbarLabelledLines } from './flattened-forms.js';
import { unfoldFieldForms } from './table-row-form.js';
import { joinBarLines } from './bar-lines.js';
import { findUnnumberedGluedTable } from './glued-unnumbered.js';
import { linkIndicatorsToTasks } from './indicator-links.js';
import { dropGoalBullets } from './goal-bullets.js';
import { sentenceIndicators } from './indicator-sentences.js';
import { findTextIndicatorTables, indicatorsFromTable, type IndicatorTable } from './indicators.js';
import { findDocNumber, findIssuerAndDate, findTitle } from './metadata.js';
import { noiseReason, relatedListLines } from './noise.js';
import { normaliseDocument } from './normalise-document.js';
import { extraHeaders, readTableRows, type Role, type TableRow } from './table-rows.js';
import { findTableHeader } from './table-header.js';
import { namesUnits, readAsBarTable } from './word-table-as-text.js';
import { unitsFromBareLines } from './bare-unit-lines.js';
import { unitsFromCountedSentences } from './counted-units.js';
import { doubtsOf, foldLabelScript } from './unit-names.js';
import { leadsFromRequirementLines } from './requirement-lines.js';
import { leadsFromHostingSentences } from './hosting-units.js';
import { noLeadReason, taskCutAtEnd } from './cut-end.js';
import { FIRST_LISTED_LEADS, NO_LEAD_MEANS_ALL_LEAD } from './lead-verbs.js';
import { selectBodyLines } from './body-lines.js';
import { emptyTableLines } from './empty-tables.js';
import { pointsTheTableLeftOut } from './restated-items.js';
import { unfoldMatrixRows } from './matrix-table.js';
import { unwrapHardLines } from './hard-wrap.js';
import { findPerformanceForms } from './indicator-performance.js';
import { taskTableIndicators } from './task-indicators.js';
import { foldDocumentScript } from './script-fold.js';
import { withQuotedAssignments } from './quoted-assignments.js';
import { restoreLostGroupHead } from './lost-group-head.js';
import { restoreGluedItemNumbers } from './glued-item-numbers.js';
import { dedupeTaskUnits } from './task-units.js';
import { settleTaskUnits } from './settle-units.js';
import { lastResortPieces } from './unit-led-pieces.js';
import type { ParsedIndicator, ParsedPlan, ParsedSection, ParsedTask, PlanFormat, UnplacedLine } from './types.js';

/** A table's `group`: what the file files it under (a workbook's sheet name, 经济发展 / 民生福祉). */
export type DocBlock = { kind: 'line'; line: number; text: string } | { kind: 'table'; line: number; rows: TableRow[]; group?: string };

export type PlanDocument = { format: PlanFormat; blocks: DocBlock[] };

/** Plain text → one line block per line, numbered from 1. */
export const textDocument = (text: string): PlanDocument => ({
  format: 'text',
  blocks: text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t, i) => ({ kind: 'line' as const, line: i + 1, text: t })),
});

export { splitRunOnItems } from './run-on.js';
export { findTableHeader } from './table-header.js';

export const parsePlanDocument = (input: PlanDocument): ParsedPlan => {
  const script = foldDocumentScript(input);
  const lifted = liftBoxTables(script.doc);
  const doc = normaliseDocument(lifted.doc);
  const unplaced: UnplacedLine[] = [...lifted.headerOnly];
  const notes: string[] = script.folded ? ['原文为繁体字,已按简体字读取和显示。'] : [];
  const allLines: SourceLine[] = doc.blocks.flatMap((b) => (b.kind === 'line' ? [{ line: b.line, text: b.text }] : []));
  const rawTexts = allLines.map((l) => l.text);

  const title = findTitle(rawTexts);
  const docNumber = findDocNumber(rawTexts);
  const { issuer, issuedOn } = findIssuerAndDate(rawTexts);
  const referenceYear = issuedOn ? Number(issuedOn.slice(0, 4)) : undefined;

  // Noise and repeated lines first: they never reach the task reader.
  const clean: SourceLine[] = [];
  const related = relatedListLines(allLines);
  for (const l of allLines) {
    const text = l.text.trim();
    if (text.length === 0) continue;
    const reason = related.has(l.line) ? '网站列出的其他文件' : noiseReason(text);
    if (reason) {
      unplaced.push({ line: l.line, text, reason, kind: 'noise' });
      continue;
    }
    clean.push({ line: l.line, text });
  }

  // Real tables (.docx, .xlsx).
  // `words`: a text table's header words, for its 备注 helpers only (its other columns are not kept).
  const taskTables: { roles: Role[]; rows: TableRow[]; headers?: string[]; words?: string[] }[] = [];
  const indicatorTables: IndicatorTable[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== 'table') continue;
    // A division-of-work matrix (a column per unit, 牵头/配合 marks in its cells) reads as the usual table.
    const matrix = unfoldMatrixRows(block.rows);
    if (matrix) block.rows = matrix;
    const header = findTableHeader(block.rows);
    // No header the cell reader knows, or one with no unit column: the text reader's reading of the same rows
    // written with bars, when it finds the units (word-table-as-text.ts).
    const asText = !header || (header.kind === 'tasks' && !namesUnits(header.roles)) ? readAsBarTable(block.rows) : null;
    if (asText) {
      taskTables.push({ roles: asText.roles, rows: asText.rows, headers: block.rows.find((r) => r.line === asText.headerLine)?.cells });
      const taken = new Set(asText.lines);
      for (const row of block.rows) {
        const text = row.cells.map((c) => c.trim()).filter(Boolean).join(' ');
        if (text && !taken.has(row.line)) clean.push({ line: row.line, text });
      }
      continue;
    }
    if (!header) {
      // A layout table: its cells are read as lines of text.
      for (const row of block.rows) {
        const text = [...new Set(row.cells.map((c) => c.trim()).filter(Boolean))].join(' ');
        if (text) clean.push({ line: row.line, text });
      }
      continue;
    }
    const rows = block.rows.slice(header.at + 1);
    const before = block.rows.slice(0, header.at).flatMap((r) => r.cells.filter(Boolean)).join(' ');
    if (header.kind === 'tasks') {
      taskTables.push({ roles: header.roles, rows, headers: block.rows[header.at]?.cells });
      // A task list whose rows are indicators too (task-indicators.ts).
      const measured = taskTableIndicators(header.roles, rows, block.rows[header.at]?.cells);
      if (measured) indicatorTables.push(measured);
    }
    // A sheet of indicators named for their group (经济发展, 民生福祉): the group of rows that name none themselves.
    else indicatorTables.push({ title: before, roles: header.roles, rows: block.group ? [{ line: block.line, cells: [], category: block.group }, ...rows] : rows, lines: [] });
  }
  clean.sort((a, b) => a.line - b.line);

  // A 绩效目标 form's indicator block and fields (indicator-performance.ts), before any table reads its rows.
  const forms = findPerformanceForms(clean);
  indicatorTables.push(...forms.tables);
  const formLines = new Set(forms.lines);
  if (formLines.size > 0) clean.splice(0, clean.length, ...clean.filter((l) => !formLines.has(l.line)));

  // Tables written as text.
  // (A unit group head printed `市发改委8` for `(一)市发改委(8项)`: lost-group-head.ts; item numbers glued to
  // their text `3提升…` in a run of `N.` items: glued-item-numbers.ts.)
  const barJoined = joinBarLines(unbarLabelledLines(unfoldFieldForms(restoreLostGroupHead(restoreGluedItemNumbers(clean)))));
  clean.splice(0, clean.length, ...barJoined.lines);
  const textTables = findTextTables(clean);
  const consumed = new Set([...textTables.flatMap((t) => t.lines), ...formLines]);
  // The lines of a cell printed over several lines before its own bar line go where the cell goes.
  for (const line of [...consumed]) for (const l of barJoined.absorbed.get(line) ?? []) consumed.add(l);
  const firstTextTable = taskTables.length;
  for (const t of textTables) {
    taskTables.push({ roles: t.roles, rows: t.rows, words: t.headers });
    // A task list whose rows are indicators too (a 单位 and a 年度目标 column, task-indicators.ts).
    const measured = taskTableIndicators(t.roles, t.rows, t.headers);
    if (measured) indicatorTables.push(measured);
    for (const s of t.stray) unplaced.push({ line: s.line, text: s.text, reason: '夹在表格中间、不属于任何单元格的行', kind: 'unplaced' });
  }
  // A table run into one text with no separators at all, only when no other table was found.
  const glued = taskTables.length === 0 ? (findGluedTable(clean) ?? findUnnumberedGluedTable(clean)) : null;
  if (glued) {
    taskTables.push({ roles: glued.roles, rows: glued.rows });
    for (const line of glued.lines) consumed.add(line);
  }
  const remaining = clean.filter((l) => !consumed.has(l.line));
  const textIndicators = findTextIndicatorTables(remaining);
  for (const t of textIndicators) {
    indicatorTables.push(t);
    for (const line of t.lines) consumed.add(line);
  }
  // A PDF's fixed-width lines joined back first, so headings, titles, unit names and the lines repeated
  // under several items (`部门、有关直属单位` after each `主要协作单位:…县政府有关`) are whole before anything
  // reads them. Outside tables only: a table printed one cell per line has its header words alone on their
  // lines, and a line is never joined across a table. A document not laid out at a fixed width is read
  // from its lines as they are.
  const free = clean.filter((l) => !consumed.has(l.line));
  const unwrapped = unwrapHardLines(free, (a, b) => [...consumed].some((n) => n > a && n < b));
  const isWrapped = unwrapped !== free;
  const bodyLines = isWrapped ? selectBodyLines(unwrapped, consumed, unplaced) : selectBodyLines(clean, consumed, unplaced);
  // The document's own rules and the names it prints alone are read from whole lines too: a rule broken by
  // the page (`除特别注明的外,…都是配合` / `单位`) is still the rule, a name's halves are no names.
  const readLines = isWrapped ? [...unwrapped, ...clean.filter((l) => consumed.has(l.line))].sort((a, b) => a.line - b.line) : allLines;

  const indicators: ParsedIndicator[] = [];
  const bodyItems = bodyItemLines(bodyLines);
  for (const table of indicatorTables) {
    const result = indicatorsFromTable(table, indicators.length + 1);
    indicators.push(...result.indicators);
    unplaced.push(...result.unplaced);
  }
  // No table: the goals' sentences (`到2025年,X达到Y`) are the indicators (indicator-sentences.ts).
  const stated = indicators.length === 0 ? sentenceIndicators(free, 1) : { indicators: [], lines: new Set<number>() };
  indicators.push(...stated.indicators);

  // The document's own rules on who leads, wherever it states them (usually the notice or the first task).
  const wholeText = foldLabelScript(readLines.map((l) => l.text).join('\n'));
  const firstListedLeads = FIRST_LISTED_LEADS.test(wholeText);
  const noLeadMeansAllLead = NO_LEAD_MEANS_ALL_LEAD.test(wholeText);
  // Every line is accounted for: lines read but not made into tasks are listed, except the metadata.
  const isMetadata = (text: string): boolean =>
    (title !== '' && text.includes(title)) || (docNumber !== '' && text.replace(/\s+/g, '').includes(docNumber)) || text === issuer || /^[\d〇零O○o一二三四五六七八九十]{4}\s*年.{1,3}月.{1,3}日$/.test(text);
  const setAside = (lines: SourceLine[], reason: string): void => {
    for (const l of lines) if (!isMetadata(l.text.trim())) unplaced.push({ line: l.line, text: l.text.trim(), reason, kind: 'skipped' });
  };
  let tasks: ParsedTask[] = [];
  let sections: ParsedSection[] = [];
  let taskSource: ParsedPlan['taskSource'] = 'none';
  const tableTasks = taskTables.map((t) => readTableRows(t.rows, t.roles, referenceYear, t.headers, t.words));
  const emptyTables = emptyTableLines(textTables, textTables.map((_, k) => tableTasks[firstTextTable + k]?.tasks.length ?? 0), clean);
  unplaced.push(...emptyTables.unplaced);
  // Columns the importer does not know (备注, 责任领导 …) stay, as the office's own columns.
  const extraColumns = [...new Set(taskTables.flatMap((t) => extraHeaders(t.roles, t.headers).filter((h): h is string => h !== null)))];
  if (tableTasks.some((t) => t.tasks.length > 0)) {
    taskSource = 'table';
    tableTasks.forEach((result, index) => {
      const prefix = tableTasks.length > 1 && index > 0 ? `t${index + 1}/` : '';
      tasks.push(...result.tasks.map((t) => ({ ...t, path: prefix + t.path })));
      sections.push(...result.sections.map((s) => ({ ...s, path: prefix + s.path })));
      unplaced.push(...result.unplaced);
    });
    // Say the body's items were left out only when it has some (a bare table has no body to speak of).
    const hasNumberedBody = bodyItems.some((l) => /^\s*([一二三四五六七八九十]+、|\d+[.、.]|[((][一二三四五六七八九十\d]+[))])/.test(l.text));
    notes.push(`任务取自文件中的工作任务分解表(${tasks.length} 项)${hasNumberedBody ? ';正文中的编号条目未作为任务导入' : ''}。`);
    // (Not when the table is the document's 附件: a plan's own text is no list of points.)
    const isAttached = clean.some((l) => /^附件\s*\d*\s*[::]/.test(l.text.trim()));
    const leftOut = isAttached ? [] : pointsTheTableLeftOut(readBody(bodyItems, referenceYear, { firstListedLeads }).tasks, tasks);
    tasks.push(...leftOut);
    setAside(bodyLines.filter((l) => !leftOut.some((t) => t.line === l.line)), '任务取自分解表,正文这一行未作为任务导入');
  } else {
    const body = readBody(bodyItems, referenceYear, { firstListedLeads });
    const goals = dropGoalBullets(body.tasks, stated.lines);
    // Units on a line of their own under an item (bare-unit-lines.ts), `由X负责…` requirement lines, and the
    // `X承办的“…”` / `A、B负责的“…”` items of a 建议办理 or 督查 report (quoted-assignments.ts).
    tasks = withQuotedAssignments(leadsFromHostingSentences(leadsFromRequirementLines(unitsNamedRespectively(unitsFromCountedSentences(unitsFromBareLines(goals.tasks))))), bodyLines);
    // No reader found a task, or none that names a unit even once the whole page settles units, and the plan is not
    // read for its indicators: the pieces of the page that open with their unit (unit-led-pieces.ts), with a note.
    sections = body.sections;
    const settle = (found: ParsedTask[]): ParsedTask[] => settleTaskUnits(found, { wholeText, readLines, bodyLines, sections, taskSource: 'body' }).tasks;
    const pieces = indicators.length === 0 ? lastResortPieces(bodyLines, tasks, settle) : null;
    if (pieces) {
      tasks = pieces.tasks;
      notes.push(pieces.note);
    }
    unplaced.push(...goals.unplaced);
    unplaced.push(...body.unplaced);
    setAside(body.preamble.filter((l) => !pieces?.lines.has(l.line)), '第一个编号条目之前的说明文字,未作为任务导入');
    if (tasks.length > 0) taskSource = 'body';
  }

  // A bare 责任单位 list: by the document's rule its first unit leads (not a guess), or all of it does.
  if (firstListedLeads || noLeadMeansAllLead) {
    tasks = tasks.map((t) =>
      !t.isLeadInferred ? t : noLeadMeansAllLead ? { ...t, leads: [...t.leads, ...t.participants], participants: [], isLeadInferred: false } : { ...t, isLeadInferred: false },
    );
  }
  // Units settled across the whole document, the last fallbacks, and points that are no tasks (settle-units.ts).
  const settled = settleTaskUnits(tasks, { wholeText, readLines, bodyLines, sections, taskSource });
  tasks = settled.tasks;
  unplaced.push(...settled.unplaced);
  const hasResponsibility = tasks.some((t) => t.leads.length + t.participants.length > 0);
  // The note says no unit is named only when the text has no responsibility wording at all; wording
  // that could not be tied to tasks is a different thing to tell the office.
  const hasWording = allLines.some((l) => /牵头|牽頭|責任單位|按职责分工|部门分工|责任分工/.test(l.text) || ROLE_WITH_UNIT.test(l.text));
  if (tasks.length > 0 && !hasResponsibility && !hasWording) {
    notes.push('文件中没有找到任何责任单位:各项任务的牵头单位需要在导入前或导入后指定。');
  } else if (tasks.length > 0 && !hasResponsibility) {
    notes.push('文件中写有责任单位,但没能把它们对应到具体任务上:请在预览中逐项指定牵头单位。');
  } else {
    const cut = taskCutAtEnd(allLines, tasks, unplaced);
    for (const task of tasks) {
      if (task.leads.length === 0) unplaced.push({ line: task.line, text: task.title, reason: noLeadReason(task, cut), kind: 'unplaced' });
    }
  }
  if (tasks.length === 0) notes.push(emptyTables.count > 0 ? `没有识别出任何任务:文件中的表格只有表头或各行为空(${emptyTables.count} 张),请核对原文。` : '没有识别出任何任务。');

  const aliases = reconcileSpellings(tasks.flatMap((t) => [...t.leads, ...t.participants]));
  const canonical = (name: string): string => aliases[name] ?? name;
  const resolved = tasks.map((t) => dedupeTaskUnits({ ...t, leads: t.leads.map(canonical), participants: t.participants.map(canonical) }));
  unplaced.push(...doubtsOf(resolved));
  unplaced.sort((a, b) => a.line - b.line);
  return {
    title,
    issuer,
    docNumber,
    issuedOn: issuedOn || undefined,
    tasks: resolved,
    sections,
    indicators: linkIndicatorsToTasks(indicators, resolved, sections, bodyLines, taskSource === 'body'),
    aliases,
    unplaced,
    notes,
    taskSource,
    hasResponsibility,
    ...(taskSource === 'table' && extraColumns.length > 0 ? { extraColumns } : {}),
  };
};

export const parsePlanText = (text: string): ParsedPlan => parsePlanDocument(textDocument(text));
