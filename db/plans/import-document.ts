// plans.preview and plans.import: read the uploaded bytes, parse, apply the office's corrections,
// decide whether this creates a plan, updates one (a revised document) or changes nothing (the same
// document again), and — for import only — write it all in one transaction.
import { createHash } from 'node:crypto';
import { ApiError } from '../../shared/api/errors.js';
import type { ApiParsedArg } from '../../shared/api/contract.js';
import type { DepartmentCheck, ImportTarget, PlanImportResult, PlanPreview } from '../../shared/api/methods/plans.js';
import { applyCorrections, dropLines } from '../../shared/plan/corrections.js';
import { titleFromFileName } from '../../shared/plan/metadata.js';
import type { PlanDiff } from '../../shared/plan/diff.js';
import { parsePlanDocument } from '../../shared/plan/document.js';
import type { ParsedPlan } from '../../shared/plan/types.js';
import type { BackendContext } from '../context.js';
import { findDepartmentId } from '../departments/directory.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';
import { readPlanFile } from './read-document.js';
import { findPlanBySource, storeParsedPlan } from './store-plan.js';
import { makeBackup } from '../sync/backups.js';
import { diffAgainstStored, updatePlanFromDocument } from './update-plan.js';

type DocumentArg = ApiParsedArg<'plans.preview'>;

type Prepared = { preview: PlanPreview; resolved: ParsedPlan };

const squash = (text: string): string => text.replace(/[\s\p{P}]/gu, '');

const canonicalName = (db: Db, name: string): string | null => {
  const id = findDepartmentId(db, name);
  if (!id) return null;
  return (prepared(db, 'SELECT name FROM departments WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? null;
};

/** Department names as the directory knows them, so a known alias is not reported as a reassignment. */
const resolveNames = (db: Db, plan: ParsedPlan): ParsedPlan => {
  const cache = new Map<string, string>();
  const resolve = (name: string): string => {
    if (!cache.has(name)) cache.set(name, canonicalName(db, name) ?? name);
    return cache.get(name) ?? name;
  };
  return {
    ...plan,
    tasks: plan.tasks.map((t) => {
      const leads = [...new Set(t.leads.map(resolve))];
      return { ...t, leads, participants: [...new Set(t.participants.map(resolve))].filter((p) => !leads.includes(p)) };
    }),
  };
};

const checkDepartments = (db: Db, plan: ParsedPlan): DepartmentCheck[] => {
  const counts = new Map<string, number>();
  for (const t of plan.tasks) for (const n of new Set([...t.leads, ...t.participants])) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()]
    .map(([name, taskCount]) => {
      const canonical = canonicalName(db, name);
      return { name, canonical: canonical ?? name, isKnown: canonical !== null, taskCount };
    })
    .sort((a, b) => b.taskCount - a.taskCount || a.name.localeCompare(b.name, 'zh-CN'));
};

const findTarget = (db: Db, arg: DocumentArg, sha256: string, title: string): ImportTarget => {
  const plans = prepared(db, 'SELECT id, title FROM plans WHERE deleted = 0 ORDER BY imported_at').all() as { id: string; title: string }[];
  const bySource = findPlanBySource(db, sha256);
  if (arg.planId) {
    const plan = plans.find((p) => p.id === arg.planId);
    if (!plan) throw new ApiError('not_found', `找不到规划 ${arg.planId}`);
    return { mode: bySource === plan.id ? 'unchanged' : 'update', planId: plan.id, title: plan.title };
  }
  if (bySource) return { mode: 'unchanged', planId: bySource, title: plans.find((p) => p.id === bySource)?.title ?? null };
  if (!arg.asNew) {
    const same = plans.find((p) => squash(p.title) === squash(title) && squash(title).length > 0);
    if (same) return { mode: 'update', planId: same.id, title: same.title };
  }
  return { mode: 'create', planId: null, title: null };
};

const prepare = async (db: Db, arg: DocumentArg): Promise<Prepared> => {
  const bytes = Buffer.from(arg.contentBase64.replace(/\s+/g, ''), 'base64');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { doc, encoding } = await readPlanFile(new Uint8Array(bytes), arg.fileName);
  const read = applyCorrections(parsePlanDocument(dropLines(doc, arg.corrections?.droppedLines)), arg.corrections);
  // A document with no title line (a bare table, an extract) is named after its file; the preview renames it.
  const plan = read.title ? read : { ...read, title: titleFromFileName(arg.fileName) };
  const resolved = resolveNames(db, plan);
  let target = findTarget(db, arg, sha256, plan.title);
  let diff: PlanDiff | null = null;
  if (target.mode === 'update' && target.planId) {
    diff = diffAgainstStored(db, target.planId, resolved);
    if (diff.isEmpty) target = { ...target, mode: 'unchanged' };
  }
  return {
    preview: {
      source: { fileName: arg.fileName, sha256, size: bytes.length, format: doc.format, encoding },
      plan,
      target,
      diff,
      departments: checkDepartments(db, plan),
    },
    resolved,
  };
};

export const previewDocument = async (ctx: BackendContext, arg: DocumentArg): Promise<PlanPreview> => (await prepare(ctx.db, arg)).preview;

export const importDocument = async (ctx: BackendContext, arg: DocumentArg): Promise<PlanImportResult> => {
  const { db, identity, clock } = ctx;
  const { preview, resolved } = await prepare(db, arg);
  const { plan, target, source } = preview;
  const indicatorCount = plan.indicators?.length ?? 0;
  if (plan.tasks.length === 0 && indicatorCount === 0) {
    throw new ApiError('bad_input', `没有从“${arg.fileName}”中识别出任何任务或指标,未导入。请确认这是规划或任务分解表文件。`);
  }
  const now = clock().toISOString();
  const planSource = { name: source.fileName, sha256: source.sha256, format: source.format };
  if (target.mode === 'unchanged' && target.planId) {
    return { planId: target.planId, mode: 'unchanged', taskCount: plan.tasks.length, indicatorCount, diff: preview.diff };
  }
  // Like every import, a plan import or update is preceded by a backup (db/sync/backups.ts); a failed
  // backup (full disk) stops the import with the database untouched.
  makeBackup(ctx, `导入规划文件“${arg.fileName}”之前的自动备份`, 'import');
  if (target.mode === 'update' && target.planId) {
    const updated = updatePlanFromDocument(db, identity.originId, target.planId, resolved, planSource, now);
    return { planId: updated.planId, mode: 'updated', taskCount: plan.tasks.length, indicatorCount, diff: updated.diff };
  }
  const stored = storeParsedPlan(db, identity.originId, plan, planSource, now);
  return { planId: stored.planId, mode: stored.isNew ? 'created' : 'unchanged', taskCount: stored.taskCount, indicatorCount, diff: null };
};
