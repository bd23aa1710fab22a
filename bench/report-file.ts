// `--write`: replaces the generated block of BENCHMARKS.md (between the bench:begin/end markers) with
// this run's machine and figures; the analysis around it is written by people.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine } from './machine.js';
import type { Figure } from './output.js';

const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

export type RunRecord = {
  machine: Machine;
  chromium: string;
  figures: Figure[];
  targets: { figure: string; value: number | string; isMet: boolean; text: string }[];
};

export const renderBlock = (run: RunRecord): string =>
  [
    BEGIN,
    `Machine: ${run.machine.cpu}, ${run.machine.cores} cores, ${run.machine.memoryGb} GB RAM, ${run.machine.platform}; Node ${run.machine.node}, SQLite ${run.machine.sqlite}${run.chromium ? `, Chromium ${run.chromium}` : ''}.`,
    '',
    '```',
    ...run.figures.map((f) => `${f.name}=${f.value} ${f.unit}`),
    '```',
    '',
    '| target | value | met |',
    '|---|---|---|',
    ...run.targets.map((t) => `| ${t.figure} ${t.text} | ${t.value} | ${t.isMet ? 'yes' : '**no**'} |`),
    END,
  ].join('\n');

export const writeBenchmarksBlock = (run: RunRecord, path = join(process.cwd(), 'BENCHMARKS.md')): void => {
  const block = renderBlock(run);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`;
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const next = start >= 0 && end > start ? text.slice(0, start) + block + text.slice(end + END.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, next);
};
