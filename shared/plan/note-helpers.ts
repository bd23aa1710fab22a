// A table's 备注 cell that names the row's helpers and nothing else (`A、B配合`): those units take part in the
// row's task. Only that exact form — `配合A` says the row's own unit helps A, and A takes no part in this row;
// any other wording in the note (a condition, a date, a sentence) leaves the note the office's own text.
import { isUnitNameList, splitUnitList } from './unit-names.js';
import { foldPunctuation } from './text.js';
// A traditional page's 備註 / `X配合` (the page is folded later, its table cells as they were printed).
import { toSimplified } from './script-fold.js';
import type { Role } from './header-roles.js';

const NOTE_HEADER = /^(备注|备考|附注)$/;
const HELPERS = /^(.{2,80}?)(?:协助)?配合$/;

/** The units a row's 备注 cells name as its helpers (`A、B配合`), in order. */
export const helpersInNotes = (cells: string[], roles: Role[], headers: string[] | undefined): string[] =>
  roles.flatMap((role, i) => {
    if (role !== 'other' || !NOTE_HEADER.test(toSimplified(foldPunctuation(headers?.[i] ?? '').replace(/\s+/g, '')))) return [];
    const m = HELPERS.exec(toSimplified(foldPunctuation(cells[i] ?? '').trim()).replace(/[。.]$/, ''));
    const names = m?.[1] ? splitUnitList(m[1]) : [];
    return isUnitNameList(names) ? names : [];
  });
