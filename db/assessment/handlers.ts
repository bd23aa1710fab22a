import type { ApiHandlers } from '../../shared/api/contract.js';
import type { BackendContext } from '../context.js';
import { readPlan } from '../reports/facts.js';
import { requireOfficePc } from '../roles.js';
import { buildAssessment } from './build.js';
import { resetRules, saveRules } from './rules-store.js';
import { writeAssessmentXlsx } from './xlsx.js';

type AssessmentHandlers = Pick<ApiHandlers, 'assessment.build' | 'assessment.exportXlsx' | 'assessment.saveRules' | 'assessment.resetRules'>;

export const createAssessmentHandlers = (ctx: BackendContext): AssessmentHandlers => ({
  'assessment.build': async (arg) => buildAssessment(ctx, arg),
  'assessment.exportXlsx': async (arg) => {
    const a = buildAssessment(ctx, arg);
    const bytes = await writeAssessmentXlsx(a);
    return { fileName: `${a.plan.title.slice(0, 40)}-${a.year}年度考核.xlsx`, periodId: `${a.year}-Y`, byteLength: bytes.length, dataBase64: bytes.toString('base64') };
  },
  'assessment.saveRules': async (arg) => {
    requireOfficePc(ctx, '设置考核规则', '只有牵头办公室可以设置考核规则');
    return saveRules(ctx.db, readPlan(ctx.db, arg.planId).id, arg.year, arg.rules, ctx.clock().toISOString());
  },
  'assessment.resetRules': async (arg) => {
    requireOfficePc(ctx, '设置考核规则', '只有牵头办公室可以设置考核规则');
    return resetRules(ctx.db, readPlan(ctx.db, arg.planId).id, arg.year);
  },
});
