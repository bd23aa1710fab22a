// Unit names inside a table that reached us glued into one run of text (glued-table.ts, glued-unnumbered.ts):
// with no separators, a unit is cut off at the first place its name could end.

/**
 * A unit's name ends like this; 区 only ends a short one (经开区), not a place in a sentence (核心区). The
 * people's organisations (总工会, 妇联, 红十字会, 供销合作社) end as no work sentence's last word does.
 */
export const GLUED_UNIT_END = /(局|委|办|院|部|中心|公司|政府|馆|队|站|所|股|科|集团|管委会|街道|镇|乡|园|社区|村|妇联|残联|科协|侨联|文联|工商联|工会|协会|联合会|商会|红十字会|合作社|供销社|室|电视台|气象台|台联会|林场|农场)$/;

/** A bureau's own unit after its name: 公安局 + 交警支队, 市场监管局 + 城东分局. */
const SUB_UNIT = /^[^\d,。;、()()]{0,4}(?:支队|大队|中队|分局|派出所)/;

/** What goes on after a name's shortest end, inside the same unit (see gluedUnitAt). */
const continuation = (candidate: string, rest: string): string =>
  (/^(?:员会|会办公室|办公室|办公厅|办|联(?![合络系])|医院|监委)/.exec(rest) ?? (/局$/.test(candidate) ? SUB_UNIT.exec(rest) : null))?.[0] ?? '';

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
      const whole = candidate + continuation(candidate, text.slice(len));
      const note = withNote ? /^[((][^()()]{1,8}[))]/.exec(text.slice(whole.length)) : null;
      return note ? whole + note[0] : whole;
    }
  }
  return null;
};

// A unit cell whose names run together with no separator (`区文旅局区委宣传部某某度假区某某街道`), as a page
// that dropped the line breaks of a cell gives it. unit-names.ts's unglueUnits asks here when its own cuts fail.

/** A place's zone ends its name as a unit's does; its own office may follow (`…产业集聚区管委会`). */
const ZONE_END = /(?:度假区|开发区|高新区|园区|集聚区|新区|风景区|示范区|保税区|合作区|试验区)$/;
const ZONE_OFFICE = /^(?:管委会|管理委员会|管委|党工委|工委|管理局|管理处|办事处)/;
/** A town's or street's own body after its name (`某某镇人民政府`). */
const TOWN_OFFICE = /^(?:人民政府|政府|办事处|党委)/;
/** A party committee's department after it (`区委` + `宣传部`): one unit. */
const COMMITTEE_DEPARTMENT = /^(?![省市区县])[\u4e00-\u9fff]{2,3}?部/;

/** The whole unit at `text`'s start, by how its name ends; null when none ends within 16 characters. */
const wholeUnitAt = (text: string): string | null => {
  for (let len = 2; len <= Math.min(16, text.length); len += 1) {
    const candidate = text.slice(0, len);
    if (/[,。;、:()()“”\d\s]/.test(candidate)) return null;
    const rest = text.slice(len);
    // `区委` + `宣传部` is one unit; `城乡` / `城镇` are no town (`住房和城乡建设局`).
    if ((/委$/.test(candidate) && COMMITTEE_DEPARTMENT.test(rest)) || /城[乡镇]$/.test(candidate)) continue;
    if (ZONE_END.test(candidate)) return candidate + (ZONE_OFFICE.exec(rest)?.[0] ?? '');
    if (/(?:镇|乡|街道)$/.test(candidate) && TOWN_OFFICE.test(rest)) return candidate + (TOWN_OFFICE.exec(rest)?.[0] ?? '');
    if (GLUED_UNIT_END.test(candidate)) return candidate + continuation(candidate, rest);
  }
  return null;
};

/** A unit that stands on its own after another: it names its level, every unit of a kind, or a place (镇, 街道, 度假区). */
const opensOwnUnit = (name: string): boolean => /^[省市区县各]/.test(name) || /(?<!城)(?:镇|乡|街道)$/.test(name) || ZONE_END.test(name);

/**
 * The units of a name that is several run together, or null. Each piece must end as a whole unit does and
 * every piece after the first must stand on its own (`区教育局教研室` is one unit: 教研室 names no level). A name
 * the document gives elsewhere (`known`) is cut out as it is; a piece before it that ends in no unit word
 * (`某某城` + a known `某某度假区`) is a unit of its own, the known name bounding it.
 */
export const gluedUnitList = (name: string, known: ReadonlySet<string>): string[] | null => {
  if (name.length < 8 || /[,。;、:()()\s]/.test(name)) return null;
  const others = [...known].filter((k) => k.length >= 3 && k !== name && name.includes(k));
  const pieces: string[] = [];
  const bounded = new Set<number>();
  let rest = name;
  while (rest.length > 0) {
    const knownHere = others.filter((k) => rest.startsWith(k)).sort((a, b) => b.length - a.length)[0];
    const ending = wholeUnitAt(rest);
    // A known name inside the piece the ending would give: the text before it is a unit of its own.
    // Only after a first unit, and only before a name that stands on its own (`开发区管委会` ends `某某开发区管委会`).
    const inside = pieces.length === 0 ? undefined : others.map((k) => ({ k, at: rest.indexOf(k) })).filter(({ k, at }) => at >= 3 && at < (ending?.length ?? rest.length) && opensOwnUnit(k)).sort((a, b) => a.at - b.at)[0];
    let piece: string | null;
    if (knownHere && knownHere.length >= (ending?.length ?? 0)) piece = knownHere;
    else if (inside) {
      piece = rest.slice(0, inside.at);
      bounded.add(pieces.length);
    } else piece = ending;
    if (!piece) return null;
    pieces.push(piece);
    rest = rest.slice(piece.length);
  }
  const stands = (p: string, i: number): boolean => i === 0 || opensOwnUnit(p) || bounded.has(i);
  return pieces.length >= 2 && pieces.every((p, i) => p.length >= 3 && stands(p, i)) ? pieces : null;
};
