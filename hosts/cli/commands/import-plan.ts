// duban import-plan FILE: shows what Duban understood of a plan document (nothing written), or with
// --commit imports it (or applies it as an update of the plan it revises).
import { attributeLabel } from '../../../shared/plan/attribute.js';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { PlanPreview } from '../../../shared/api/methods/plans.js';
import { importJson } from '../../../shared/plan/json-shape.js';
import type { CliCommand } from '../command.js';

/** Read a little more than the API accepts, so a huge file is refused by the API's own message. */
const READ_LIMIT = 21 * 1024 * 1024;

const readFile = (path: string): Buffer => {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ApiError('bad_input', `“${path}”不是文件。`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('bad_input', `找不到文件“${path}”。`);
  }
  if (size > READ_LIMIT) throw new ApiError('bad_input', `文件过大(${(size / 1024 / 1024).toFixed(1)} MB),规划文件不应超过 20 MB。`);
  return readFileSync(path);
};

const KIND_LABEL: Record<string, string> = { noise: '噪声', skipped: '略过', unplaced: '未归位' };

const summary = (preview: PlanPreview): string[] => {
  const { plan, target, diff } = preview;
  const lines = [
    `标题:${plan.title || '(未识别)'}`,
    `发文机关:${plan.issuer || '—'}  文号:${plan.docNumber || '—'}  日期:${plan.issuedOn ?? '—'}`,
    `任务 ${plan.tasks.length} 项(${plan.taskSource === 'table' ? '取自任务分解表' : '取自正文编号'}),指标 ${plan.indicators?.length ?? 0} 项,未归位 ${plan.unplaced.length} 行`,
    ...(plan.notes ?? []).map((n) => `说明:${n}`),
    '',
  ];
  for (const t of plan.tasks) {
    lines.push(`${t.path.padEnd(8)} ${t.title}`);
    lines.push(`         牵头:${t.leads.join('、') || '—'}${t.isLeadInferred ? '(推定)' : ''}  参与:${t.participants.join('、') || '—'}${t.deadlineText ? `  时限:${t.deadlineText}` : ''}`);
  }
  if ((plan.indicators ?? []).length > 0) {
    lines.push('', '指标:');
    for (const i of plan.indicators ?? []) {
      lines.push(`  ${i.category ? `[${i.category}] ` : ''}${i.name}${i.unit ? `(${i.unit})` : ''}  基期 ${i.baseline.text || '—'}  目标 ${i.target.text || '—'}${i.attribute ? `  ${attributeLabel(i.attribute)}` : ''}`);
    }
  }
  if (plan.unplaced.length > 0) {
    lines.push('', '未导入的行:');
    for (const u of plan.unplaced) lines.push(`  第 ${u.line} 行 [${KIND_LABEL[u.kind ?? 'unplaced'] ?? ''}] ${u.reason}:${u.text.slice(0, 40)}`);
  }
  lines.push('');
  if (target.mode === 'create') lines.push('导入后将新建规划。');
  if (target.mode === 'unchanged') lines.push(`与已导入的规划“${target.title ?? ''}”相同,导入不会改变任何内容。`);
  if (target.mode === 'update' && diff) {
    lines.push(`这是规划“${target.title ?? ''}”的修订版:新增 ${diff.added.length} 项,删除 ${diff.removed.length} 项,变更 ${diff.changed.length} 项,未变 ${diff.unchangedCount} 项。`);
    const columns = diff.columns;
    const written = columns.changed.filter((c) => !c.problem);
    if (columns.added.length + columns.changed.length + columns.keptCount > 0) {
      lines.push(
        `表格各列:${columns.added.length ? `新增列 ${columns.added.join('、')};` : ''}填入或改写 ${written.length} 个单元格;文件中没有内容的 ${columns.keptCount} 个已填单元格保持原样。`,
      );
    }
    for (const c of columns.changed) {
      lines.push(c.problem ? `  ${c.code} ${c.column}:“${c.after}”不能填入(${c.problem}),保留原值` : `  ${c.code} ${c.column}:${c.before || '(空)'} → ${c.after}`);
    }
  }
  return lines;
};

export const importPlanCommand: CliCommand = {
  name: 'import-plan',
  summary: '读取规划文件(文本/.docx/.xlsx)并显示识别结果;加 --commit 写入数据库',
  usage: 'duban import-plan FILE [--json] [--db PATH --commit] [--plan 规划编号] [--as-new]',
  options: { commit: { type: 'boolean' }, plan: { type: 'string' }, 'as-new': { type: 'boolean' } },
  // A preview without --db compares against nothing stored, so it needs no database file at all.
  isMemoryOnly: (values) => values.commit !== true && values.plan === undefined,
  run: async ({ call, values, positionals }) => {
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw new ApiError('bad_input', '请给出一个规划文件。用法:duban import-plan FILE [--json] [--db PATH --commit]');
    const bytes = readFile(file);
    const arg = {
      fileName: basename(file),
      contentBase64: bytes.toString('base64'),
      planId: typeof values.plan === 'string' ? values.plan : undefined,
      asNew: values['as-new'] === true ? true : undefined,
    };
    const preview = await call('plans.preview', arg);
    if (values.commit !== true) return { json: importJson(preview), text: [...summary(preview), '(预览,未写入;加 --commit 导入)'].join('\n') };
    const imported = await call('plans.import', arg);
    const done =
      imported.mode === 'created' ? `已导入新规划 ${imported.planId}:任务 ${imported.taskCount} 项,指标 ${imported.indicatorCount} 项。`
      : imported.mode === 'updated' ? `已更新规划 ${imported.planId}(已有进度全部保留)。`
      : `规划 ${imported.planId} 已是此文件的内容,没有任何改变。`;
    return { json: importJson(preview, imported), text: [...summary(preview), done].join('\n') };
  },
};
