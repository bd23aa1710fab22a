// The corpus as a Word file (issue 15: import from the published document itself, .docx as well as text). A
// clerk who has the page puts it into Word — or the office receives the issuer's .docx — and imports that:
// each line becomes a paragraph, each run of `a | b | c` rows a real table, written as Word writes it (every
// character its own run, proofing marks and bookmarks between runs: realistic-docx.ts). It says what the
// same words cost when they come through the .docx reader instead of the text reader, on every page of the
// corpus or the held-out shelf; `npm run corpus -- --as-word [--heldout] [--misses]` prints it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanFile } from '../../db/plans/read-document.js';
import { parsePlanDocument } from '../../shared/plan/document.js';
import { makeRealisticDocx, type RealBlock } from '../helpers/realistic-docx.js';
import { corpusDir, documentText, scoreDocument, type AnswerKey, type DocScore } from './score.js';
import { pipeCells } from './table-sources.js';

/** A line of a bar table: cells between bars (`a | b |`, a cell-per-line table's `a |`, or a bare `|` between rows). */
const isBarLine = (line: string): boolean => line.includes('|');

/**
 * The page's lines as Word blocks: a run of two bar rows or more, all of one width (two cells or more), becomes a real table; every
 * other line a paragraph. Rows of uneven width are a page that dropped its merged cells, and which cells were
 * merged cannot be known from the text, so such a run stays as paragraphs, as a paste into Word leaves it.
 */
export const wordBlocks = (text: string): RealBlock[] => {
  const blocks: RealBlock[] = [];
  let run: string[] = [];
  const flush = (): void => {
    const rows = run.map((l) => pipeCells(l.replace(/^\s*\|/, ''))).filter((r) => r.length > 0);
    const width = rows[0]?.length ?? 0;
    if (rows.length >= 2 && width >= 2 && rows.every((r) => r.length === width)) blocks.push({ table: rows });
    else blocks.push(...run.map((l) => l.trim()));
    run = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (isBarLine(line)) {
      run.push(line);
      continue;
    }
    flush();
    blocks.push(line.trim());
  }
  flush();
  return blocks;
};

export type AsWordResult = { text: DocScore[]; word: DocScore[]; newMisses: string[] };

const missesOf = (scores: DocScore[]): string[] => scores.flatMap((s) => s.misses.map((m) => `${s.doc}: ${m}`));

/** Scores each page read from its text and from its Word rebuild, and lists what the rebuild misses that the text does not. */
export const scoreAsWord = async (dir = corpusDir, only?: (doc: string) => boolean): Promise<AsWordResult> => {
  const { parsePlanText } = await import('../../shared/plan/document.js');
  const text: DocScore[] = [];
  const word: DocScore[] = [];
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .filter((d) => !only || only(d))
    .sort();
  for (const doc of docs) {
    const key = JSON.parse(readFileSync(join(dir, `${doc}.key.json`), 'utf8')) as AnswerKey;
    const stored = documentText(join(dir, `${doc}.txt`));
    text.push(scoreDocument(doc, parsePlanText(stored), key));
    const { doc: read } = await readPlanFile(makeRealisticDocx(wordBlocks(stored)), `${doc}.docx`);
    word.push(scoreDocument(doc, parsePlanDocument(read), key));
  }
  const known = new Set(missesOf(text));
  return { text, word, newMisses: missesOf(word).filter((m) => !known.has(m)) };
};
