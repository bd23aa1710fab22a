// The office's 考核 rules for the year shown: two full marks and four deductions, saved per plan and year.
import { useState } from 'react';
import { ruleLabel, type AssessmentRules } from '../../../../shared/assessment/types';
import { useAssessmentStore } from '../store';

const KEYS = Object.keys(ruleLabel) as (keyof AssessmentRules)[];

export const RulesForm = ({ rules, isDefault, onDone }: { rules: AssessmentRules; isDefault: boolean; onDone: () => void }) => {
  const { saveRules, resetRules } = useAssessmentStore();
  const [draft, setDraft] = useState<Record<keyof AssessmentRules, string>>(
    Object.fromEntries(KEYS.map((k) => [k, String(rules[k])])) as Record<keyof AssessmentRules, string>,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    const parsed = Object.fromEntries(KEYS.map((k) => [k, Number(draft[k].trim())])) as AssessmentRules;
    const bad = KEYS.find((k) => draft[k].trim() === '' || !Number.isFinite(parsed[k]));
    if (bad) {
      setProblem(`请为“${ruleLabel[bad]}”填写数字`);
      return;
    }
    setProblem(null);
    if (await saveRules(parsed)) onDone();
  };
  return (
    <section className="rp-panel assessment-rules" aria-label="考核规则">
      <h3>
        考核规则 <span className="muted">{isDefault ? '(默认)' : '(本年度已自定义)'}</span>
      </h3>
      <p className="muted">总分 = 按时报送满分 × 按时报送率 + 牵头任务完成满分 × 完成率 − 各项扣分,最低 0 分。没有应报或到期任务的项目得满分。</p>
      <div className="rules-grid">
        {KEYS.map((k) => (
          <label key={k}>
            <span>{ruleLabel[k]}</span>
            <input value={draft[k]} inputMode="decimal" onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} aria-label={ruleLabel[k]} />
          </label>
        ))}
      </div>
      {problem ? <p className="rp-bad">{problem}</p> : null}
      <div className="notice-actions">
        <button type="button" onClick={() => void save()}>
          保存规则
        </button>
        <button type="button" onClick={() => void resetRules().then(onDone)} disabled={isDefault}>
          恢复默认
        </button>
        <button type="button" onClick={onDone}>
          取消
        </button>
      </div>
    </section>
  );
};
