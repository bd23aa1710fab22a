// Well-known short forms and former names of government units, as data. Documents write the same unit
// several ways (市发改委 / 市发展和改革局); an office rarely wants a second directory entry for it.
// Each entry lists spellings of ONE unit, preferred first, without the administrative prefix; the
// prefix (市, 省, 县, 区, 州 or none) must be the same on both sides, so 省发改委 never matches 市发展和改革局.
// Applied only when the canonical unit already exists in the directory (or in the same document):
// the list never invents a unit. Keep it small and uncontroversial; offices add their own aliases.
export const WELL_KNOWN_UNITS: readonly (readonly string[])[] = [
  ['发展和改革局', '发展和改革委员会', '发改委', '发改局'],
  ['市场监督管理局', '市场监管局', '质监局', '质量技术监督局'],
  ['工业和信息化局', '工信局', '经济和信息化局', '经信局'],
  ['人力资源和社会保障局', '人社局'],
  ['住房和城乡建设局', '住建局'],
  ['文化广电旅游体育局', '文广旅体局'],
  ['文化和旅游局', '文旅局'],
  ['卫生健康局', '卫健局', '卫生健康委员会', '卫健委'],
  ['自然资源和规划局', '自然资源局'],
  ['农业农村局', '农业局'],
  ['生态环境局', '环保局', '环境保护局'],
  ['应急管理局', '应急局', '安监局', '安全生产监督管理局'],
];

const PREFIXES = ['市', '省', '县', '区', '州', ''] as const;

/** Splits a name into an administrative prefix and a known core: 市发改委 → ['市', '发改委']. */
const splitKnown = (name: string): { prefix: string; unit: readonly string[] } | null => {
  for (const prefix of PREFIXES) {
    if (!name.startsWith(prefix)) continue;
    const core = name.slice(prefix.length);
    const unit = WELL_KNOWN_UNITS.find((spellings) => spellings.includes(core));
    if (unit) return { prefix, unit };
  }
  return null;
};

/** Other spellings of the same unit with the same prefix, preferred first; [] when the name is not in the list. */
export const wellKnownVariants = (name: string): string[] => {
  const known = splitKnown(name);
  if (!known) return [];
  return known.unit.map((core) => `${known.prefix}${core}`).filter((n) => n !== name);
};

/**
 * Within one document: maps a spelling to a more preferred spelling of the same unit that the document
 * also uses (市发改委 → 市发展和改革局 when both appear), so one unit never becomes two entries.
 */
export const reconcileWellKnown = (names: Iterable<string>): Record<string, string> => {
  const all = new Set(names);
  const aliases: Record<string, string> = {};
  for (const name of all) {
    const known = splitKnown(name);
    if (!known) continue;
    const preferred = known.unit.map((core) => `${known.prefix}${core}`).find((n) => all.has(n));
    if (preferred && preferred !== name) aliases[name] = preferred;
  }
  return aliases;
};
