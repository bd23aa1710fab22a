// A duty list that closes each unit's name with a full stop (`各组成单位及其职责如下:县环保局。负责…。县农委。负责…。`):
// the name and its 负责 are one sentence, as `县环保局,负责…` is. Joined here so the readers of duty sentences
// see `X,负责…`; a stop after anything that is not a list of units' names is left where it is.
import type { SourceLine } from './body.js';
import { isUnitNameList, splitUnitList } from './unit-names.js';

const STOPPED_UNIT = /(^|[。;;::])([^。;;::]{2,40})。(?=\s*负责)/g;

const joinStops = (text: string): string =>
  text.replace(STOPPED_UNIT, (whole: string, before: string, name: string) => {
    const names = splitUnitList(name.trim());
    return names.length > 0 && isUnitNameList(names) ? `${before}${name.trim()},` : whole;
  });

export const joinUnitStops = (lines: SourceLine[]): SourceLine[] =>
  lines.map((l) => (l.text.includes('。负责') || /。\s+负责/.test(l.text) ? { ...l, text: joinStops(l.text) } : l));
