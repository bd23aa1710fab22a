// A 督查通报's points: `1、某小区(责任单位:X):问题…`. Under a new subheading (`整改未落实的点位`) a point may
// carry no number; read as text it joined the numbered point above, whose units it took. A line in the
// points' own shape — a place, its responsibility bracket, a colon — is a point of its own when numbered
// points in that shape stand in the same document.
import type { SourceLine } from './body.js';
import { asBulletItem, readHeading } from './numbering.js';
import { LABEL_WORD } from './responsibility.js';

const POINT = new RegExp(`^[^((。;,]{2,40}?[((]\\s*(?:${LABEL_WORD})\\s*[::][^()()]{2,80}[))]\\s*[::]`);

export const bulletUnnumberedPoints = (lines: SourceLine[]): SourceLine[] => {
  const numberedPoints = lines.filter((l) => {
    const h = readHeading(l.text.trim());
    return h !== null && POINT.test(h.rest);
  });
  if (numberedPoints.length === 0) return lines;
  return lines.map((l) => (readHeading(l.text.trim()) === null && POINT.test(l.text.trim()) ? { line: l.line, text: asBulletItem(l.text.trim()) } : l));
};
