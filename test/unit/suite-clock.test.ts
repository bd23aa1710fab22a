// Guards the suite's one clock: a backend, host or CLI started by a test or the bench without a fixed
// clock reads the machine's date, and a test written today starts failing some day later (issue 13).
// Every such call in test/ and bench/ must name a clock, or pass --today to a spawned process.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../helpers/temp-backend.js';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // corpus: documents; fixtures: makers run once against old releases' own code, which had no --today.
    if (entry.isDirectory()) return entry.name === 'corpus' || entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs|cjs|js)$/.test(entry.name) ? [path] : [];
  });

/** The text between a call's parentheses, nested brackets and strings included. */
const callArguments = (source: string, openParen: number): string => {
  let depth = 0;
  let quote: string | null = null;
  for (let i = openParen; i < source.length; i += 1) {
    const ch = source[i] ?? '';
    if (quote) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth += 1;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth -= 1;
      if (depth === 0) return source.slice(openParen + 1, i);
    }
  }
  return source.slice(openParen + 1);
};

/** The last top-level argument of a call (runCli's io). */
const lastArgument = (args: string): string => {
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i += 1) {
    const ch = args[i];
    if (ch === '(' || ch === '[' || ch === '{') depth += 1;
    else if (ch === ')' || ch === ']' || ch === '}') depth -= 1;
    else if (ch === ',' && depth === 0) start = i + 1;
  }
  return args.slice(start);
};

/** A call's arguments name a clock directly, or through a local helper or variable whose definition does. */
const namesClock = (source: string, args: string): boolean => {
  if (/clock/i.test(args)) return true;
  const helper = /^\s*\.{0,3}([A-Za-z_$][\w$]*)/.exec(args)?.[1];
  if (!helper) return false;
  const definition = new RegExp(`(?:const|let|function)\\s+${helper}\\b[^;]*?clock`, 's');
  return definition.test(source);
};

type Offence = { file: string; line: number; call: string };

const findOffences = (files: string[], read: (file: string) => string = (f) => readFileSync(f, 'utf8')): Offence[] => {
  const offences: Offence[] = [];
  const record = (file: string, source: string, index: number, call: string): void => {
    offences.push({ file: relative(repoRoot, file), line: source.slice(0, index).split('\n').length, call });
  };
  for (const file of files) {
    const source = read(file);
    const backendCall = /\b(createBackend|openBackend|openRecoverableBackend|openRecoverable)\(/g;
    for (const match of source.matchAll(backendCall)) {
      const args = callArguments(source, (match.index ?? 0) + match[0].length - 1);
      if (!namesClock(source, args)) record(file, source, match.index ?? 0, match[0]);
    }
    for (const match of source.matchAll(/\brunCli\(/g)) {
      const args = callArguments(source, (match.index ?? 0) + match[0].length - 1);
      if (/^\s*argv\s*:/.test(args) || /=>\s*$/.test(source.slice(0, match.index).slice(-30))) continue;
      if (!namesClock(source, lastArgument(args))) record(file, source, match.index ?? 0, match[0]);
    }
    // A spawned host or CLI runs on the machine's clock unless told --today.
    const spawnCall = /\b(spawn|spawnSync|execFile|execFileSync|fork)\(/g;
    for (const match of source.matchAll(spawnCall)) {
      const args = callArguments(source, (match.index ?? 0) + match[0].length - 1);
      // System tools under /usr/bin (pdftotext, soffice…) are not Duban and carry no clock of ours.
      const isDuban = /http-main|duban\.js|'hosts'|\bCLI\b|\bbin\b/.test(args.replace(/\/usr\/bin\/[\w.-]+/g, ''));
      if (isDuban && !/today|extraArgs/i.test(args)) record(file, source, match.index ?? 0, match[0]);
    }
  }
  return offences;
};

describe('the suite has one clock', () => {
  test('every backend, host and CLI in test/ and bench/ runs on a fixed clock', () => {
    const files = [...sourceFiles(join(repoRoot, 'test')), ...sourceFiles(join(repoRoot, 'bench'))].filter(
      (f) => !f.endsWith('suite-clock.test.ts'),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(findOffences(files)).toEqual([]);
  });

  test('the guard catches a backend opened on the machine clock, a CLI run and a host spawned without --today', () => {
    const dir = join(repoRoot, 'test', 'helpers');
    const planted = [
      "const b = createBackend({ dbPath, seedsDir });",
      "await runCli(['tasks'], { out: () => {}, err: () => {} });",
      "spawn(process.execPath, [join(dist, 'hosts', 'http-main.js'), '--db', db]);",
      "const ok = createBackend({ dbPath, clock: suiteClock });",
      "spawn(process.execPath, [join(dist, 'hosts', 'http-main.js'), ...suiteTodayArgs()]);",
      "spawnSync('/usr/bin/pdftotext', ['-layout', out, '-']);",
    ].join('\n');
    const fake = join(dir, '__planted__.ts');
    const offences = findOffences([fake], () => planted);
    expect(offences.map((o) => o.call)).toEqual(['createBackend(', 'runCli(', 'spawn(']);
  });
});
