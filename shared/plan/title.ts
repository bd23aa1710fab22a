// A plan's title as a subject inside other sentences and as a short label. Titles arrive as documents
// print them: 关于印发《湛江市质量提升行动方案》的通知, 关于加强质量认证体系建设的意见. The bulletin's own
// title begins with 关于, so the subject must not: one 关于 per title.

/** 关于印发《X》的通知 → X; 关于加强Y的意见 → 加强Y; anything else unchanged. */
export const planSubject = (title: string): string => {
  const inner = /《([^》]+)》/.exec(title)?.[1];
  const base = (inner ?? title)
    .trim()
    .replace(/^关于(印发)?/, '')
    .replace(/的(通知|意见|决定|实施意见)$/, '')
    .trim();
  return base || title;
};

const MAX_SHORT = 16;

/** The subject cut to fit one line of the header; the full title goes in the tooltip. */
export const shortPlanTitle = (title: string): string => {
  const base = planSubject(title);
  return base.length > MAX_SHORT ? `${base.slice(0, MAX_SHORT - 1)}…` : base;
};
