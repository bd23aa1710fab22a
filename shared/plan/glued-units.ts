// Unit names inside a table that reached us glued into one run of text (glued-table.ts, glued-unnumbered.ts):
// with no separators, a unit is cut off at the first place its name could end.

/**
 * A unit's name ends like this; 区 only ends a short one (经开区), not a place in a sentence (核心区). The
 * people's organisations (总工会, 妇联, 红十字会, 供销合作社) end as no work sentence's last word does.
 */
export const GLUED_UNIT_END = /(局|委|办|院|部|中心|公司|政府|馆|队|站|所|股|科|集团|管委会|街道|镇|乡|园|社区|村|妇联|残联|科协|侨联|文联|工商联|工会|协会|联合会|商会|红十字会|合作社|供销社|室|电视台|气象台|台联会|林场|农场)$/;

/** A bureau's own unit after its name: 公安局 + 交警支队, 市场监管局 + 城东分局. */
const SUB_UNIT = /^[^\d,。;、()()]{0,4}(?:支队|大队|中队|分局|派出所)/;

/**
 * The shortest unit name at the start of `text`, or null; with `withNote`, a bracketed note right after it
 * (`高新园(邹区镇)`) is part of the name.
 */
export const gluedUnitAt = (text: string, withNote: boolean): string | null => {
  for (let len = 2; len <= Math.min(12, text.length); len += 1) {
    const candidate = text.slice(0, len);
    if (/[,。;、:()()“”\d]/.test(candidate)) return null;
    if (GLUED_UNIT_END.test(candidate) || (/区$/.test(candidate) && len <= 4)) {
      // `党委` + `办公室`, `人大常委` + `会办公室`, `编委` + `办`, `社科` + `联`: the shortest end is inside a longer name that goes
      // on; so is a parent's (`公安局` + `交警支队`, `纪委` + `监委`, `中心` + `医院`).
      const rest = text.slice(len);
      const more = /^(?:员会|会办公室|办公室|办公厅|办|联(?![合络系])|医院|监委)/.exec(rest) ?? (/局$/.test(candidate) ? SUB_UNIT.exec(rest) : null);
      const whole = candidate + (more?.[0] ?? '');
      const note = withNote ? /^[((][^()()]{1,8}[))]/.exec(text.slice(whole.length)) : null;
      return note ? whole + note[0] : whole;
    }
  }
  return null;
};
