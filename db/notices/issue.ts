// Issuing notices: the tasks are taken from today's chase facts on the server (never from the page), the
// 文号 must be new in the plan, the reply-by day not before today; one transaction logs the notice(s).
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/api/errors.js';
import type { IssuedNotice, NoticeBatchResult } from '../../shared/notices/types.js';
import type { BackendContext } from '../context.js';
import { buildNoticeDrafts } from './draft.js';
import { requireOfficePc } from '../roles.js';
import { writeNoticeFolderZip } from './docx.js';
import { docNumberHolder, insertNotice, listNotices } from './store.js';

type Scope = { planId?: string; periodId?: string };

const requireReplyBy = (replyBy: string, today: string): void => {
  if (replyBy < today) {
    throw new ApiError('bad_input', '回复期限不能早于今天', { issues: [{ path: 'replyBy', message: '回复期限不能早于今天' }] });
  }
};

const requireNewDocNumber = (ctx: BackendContext, planId: string, docNumber: string): void => {
  const holder = docNumberHolder(ctx.db, planId, docNumber);
  if (holder !== null) {
    const message = `文号“${docNumber}”已用于发给${holder || '其他单位'}的通知单,请换一个文号`;
    throw new ApiError('bad_input', message, { issues: [{ path: 'docNumber', message }] });
  }
};

type Drafts = ReturnType<typeof buildNoticeDrafts>;
type NoticeUnit = Drafts['units'][number];

/** Logs one unit's notice (inside the caller's transaction), after checking its 文号 is new in the plan. */
const logNotice = (ctx: BackendContext, drafts: Drafts, unit: NoticeUnit, at: { id: string; docNumber: string; replyBy: string; batchId: string | null }): void => {
  requireNewDocNumber(ctx, drafts.plan.id, at.docNumber);
  insertNotice(ctx.db, ctx.identity.originId, {
    id: at.id,
    planId: drafts.plan.id,
    periodId: drafts.period.id,
    departmentId: unit.departmentId,
    docNumber: at.docNumber,
    replyBy: at.replyBy,
    officeName: drafts.officeName,
    issuedOn: drafts.today,
    issuedAt: ctx.clock().toISOString(),
    batchId: at.batchId,
    tasks: unit.tasks,
  });
};

export const issueNotice = (ctx: BackendContext, arg: Scope & { departmentId: string; docNumber: string; replyBy: string }): IssuedNotice => {
  requireOfficePc(ctx, '发催办通知单', '只有牵头办公室可以发催办通知单');
  const drafts = buildNoticeDrafts(ctx, arg);
  requireReplyBy(arg.replyBy, drafts.today);
  const unit = drafts.units[0];
  if (!unit) throw new ApiError('bad_input', `该单位在${drafts.period.label}没有未报送或超过完成时限的任务,无需催办`);
  const docNumber = arg.docNumber.trim();
  const id = randomUUID();
  ctx.db.transaction(() => logNotice(ctx, drafts, unit, { id, docNumber, replyBy: arg.replyBy, batchId: null }))();
  const [notice] = listNotices(ctx.db, { ids: [id] });
  if (!notice) throw new ApiError('internal', '通知单已登记,但未能读回');
  return notice;
};

export const issueNoticeBatch = (ctx: BackendContext, arg: Scope & { docPrefix: string; firstNumber: number; replyBy: string }): NoticeBatchResult => {
  requireOfficePc(ctx, '发催办通知单', '只有牵头办公室可以发催办通知单');
  const drafts = buildNoticeDrafts(ctx, arg);
  requireReplyBy(arg.replyBy, drafts.today);
  if (drafts.units.length === 0) throw new ApiError('bad_input', `${drafts.period.label}没有需要催办的单位`);
  const batchId = randomUUID();
  const prefix = arg.docPrefix.trim();
  const ids: string[] = [];
  ctx.db.transaction(() => {
    drafts.units.forEach((unit, k) => {
      const id = randomUUID();
      ids.push(id);
      logNotice(ctx, drafts, unit, { id, docNumber: `${prefix}${arg.firstNumber + k}号`, replyBy: arg.replyBy, batchId });
    });
  })();
  // In the chase list's order, as numbered.
  const byId = new Map(listNotices(ctx.db, { ids }).map((n) => [n.id, n]));
  const notices = ids.map((id) => byId.get(id)).filter((n): n is IssuedNotice => n !== undefined);
  const folder = `催办通知单-${drafts.period.label}-${drafts.today.replace(/-/g, '')}`;
  const bytes = writeNoticeFolderZip(folder, notices);
  return { notices, file: { fileName: `${folder}.zip`, byteLength: bytes.length, dataBase64: bytes.toString('base64') } };
};
