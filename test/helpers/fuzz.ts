// A small mutation fuzzer: a seeded PRNG (the same seed replays the same cases), byte-, text- and
// XML-level mutators, and a runner that classifies each call as accepted, refused correctly (a typed,
// Chinese ApiError the caller can act on) or a crash (anything else: an untyped throw, an 'internal'
// error, an English message), and times it against a hang bound.
import { ApiError } from '../../shared/api/errors.js';
import { prng } from './package-tamper.js';

export type Random = { next: () => number; int: (n: number) => number; pick: <T>(items: readonly T[]) => T; chance: (p: number) => boolean };

export const seededRandom = (seed: number): Random => {
  const next = prng(seed);
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] as T, chance: (p) => next() < p };
};

/** FUZZ_SEED replays a run; the default is fixed so CI is deterministic. */
export const fuzzSeed = (fallback: number): number => {
  const fromEnv = Number(process.env.FUZZ_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : fallback;
};

const INTERESTING = [0x00, 0xff, 0x7f, 0x80, 0x3c, 0x3e, 0x26, 0x0a, 0x0d, 0x22, 0xef, 0xbb, 0xbf, 0xfe];
const MAX_BYTES = 3 * 1024 * 1024;

export const mutateBytes = (r: Random, input: Uint8Array, others: readonly Uint8Array[] = []): Uint8Array => {
  let bytes: Uint8Array = input.slice();
  const rounds = 1 + r.int(4);
  for (let i = 0; i < rounds; i += 1) {
    const at = r.int(Math.max(bytes.length, 1));
    switch (r.int(8)) {
      case 0: // bit flips
        for (let k = 0; k < 1 + r.int(8); k += 1) {
          const p = r.int(Math.max(bytes.length, 1));
          bytes[p] = (bytes[p] ?? 0) ^ (1 << r.int(8));
        }
        break;
      case 1: // interesting values
        for (let k = 0; k < 1 + r.int(4); k += 1) bytes[r.int(Math.max(bytes.length, 1))] = r.pick(INTERESTING);
        break;
      case 2: {
        const extra = new Uint8Array(1 + r.int(64)).map(() => r.int(256));
        bytes = concat(bytes.subarray(0, at), extra, bytes.subarray(at));
        break;
      }
      case 3: // delete a range
        bytes = concat(bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + 1 + r.int(512))));
        break;
      case 4: {
        // duplicate a chunk elsewhere
        const from = r.int(Math.max(bytes.length, 1));
        const chunk = bytes.subarray(from, from + 1 + r.int(2048));
        bytes = concat(bytes.subarray(0, at), chunk, bytes.subarray(at));
        break;
      }
      case 5: // truncate
        bytes = bytes.subarray(0, at);
        break;
      case 6: {
        // splice with another input
        const other = others.length ? r.pick(others) : input;
        bytes = concat(bytes.subarray(0, at), other.subarray(r.int(Math.max(other.length, 1))));
        break;
      }
      default: {
        // repeat a chunk many times (long runs, big files)
        const chunk = bytes.subarray(at, at + 1 + r.int(64));
        const times = 1 + r.int(2000);
        const parts = Array.from({ length: times }, () => chunk);
        bytes = concat(bytes.subarray(0, at), ...parts, bytes.subarray(at));
      }
    }
    if (bytes.length > MAX_BYTES) bytes = bytes.subarray(0, MAX_BYTES);
  }
  return bytes;
};

const TOKENS = [
  '一、', '二、', '（一）', '（十二）', '1.', '12.', '(3)', '①', '牵头单位：', '责任单位：', '参与单位：', '配合单位：', '完成时限：',
  '2026年底前', '持续推进', '市商务局', '各县（市、区）政府', '、', '，', '；', '。', '\t', '|', '  ', '\n', '\r\n', '\n\n\n',
  '\u0000', '\ufffd', '\u200b', '\u202e', '\ud800', '\uffff', '\u3000', '&amp;', '&#0;', '&#x110000;', '<', '>', '"', '%s%n',
  '工作任务', '主要内容', '序号', '指标名称', '目标值', '🙂', '𠀀', 'A'.repeat(300), '市'.repeat(120),
];

export const mutateText = (r: Random, text: string): string => {
  let lines = text.split('\n');
  const rounds = 1 + r.int(5);
  for (let i = 0; i < rounds; i += 1) {
    const at = r.int(Math.max(lines.length, 1));
    const line = lines[at] ?? '';
    switch (r.int(7)) {
      case 0: {
        const pos = r.int(line.length + 1);
        lines[at] = line.slice(0, pos) + r.pick(TOKENS) + line.slice(pos);
        break;
      }
      case 1:
        lines[at] = r.pick(TOKENS) + line;
        break;
      case 2:
        lines.splice(at, 1 + r.int(20));
        break;
      case 3:
        lines.splice(r.int(lines.length + 1), 0, ...lines.slice(at, at + 1 + r.int(30)));
        break;
      case 4: {
        const other = r.int(Math.max(lines.length, 1));
        [lines[at], lines[other]] = [lines[other] ?? '', line];
        break;
      }
      case 5:
        lines[at] = line.split('').reverse().join('');
        break;
      default:
        lines = lines.slice(0, at).concat(Array.from({ length: 1 + r.int(400) }, () => r.pick(TOKENS) + line.slice(0, r.int(40))), lines.slice(at));
    }
  }
  return lines.join(r.chance(0.1) ? '\r\n' : '\n');
};

const XML_TRICKS = [
  '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  '<!DOCTYPE x SYSTEM "file:///etc/passwd">',
  '<!ENTITY e SYSTEM "http://127.0.0.1:9/x">',
  '&e;', '&b;', '&#xD800;', '&#0;', '&#99999999;', '<![CDATA[一、', ']]>', '<w:p>', '</w:p>', '<w:tbl>', '</w:tr>', '<w:tc>',
  '<w:t>', '</w:t>', '<row r="1048577">', '<c r="XFD1" t="s"><v>999999</v></c>', '<c t="inlineStr"><is><t>牵头单位</t></is></c>',
  '<mergeCell ref="A1:XFD1048576"/>', '<?xml version="1.0"?>', '<!--', '-->', '<w:vMerge/>', '<w:gridSpan w:val="99999"/>',
];

/** Mutates an XML document as text: the tricks an attacker would place, plus the text mutators. */
export const mutateXml = (r: Random, xml: string): string => {
  let out = xml;
  const rounds = 1 + r.int(4);
  for (let i = 0; i < rounds; i += 1) {
    const at = r.int(out.length + 1);
    if (r.chance(0.6)) out = out.slice(0, at) + r.pick(XML_TRICKS) + out.slice(at);
    else if (r.chance(0.5)) out = out.slice(0, at) + out.slice(Math.min(out.length, at + r.int(200)));
    else out = mutateText(r, out);
  }
  return out;
};

export const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
};

export type CaseOutcome = 'accepted' | 'refused' | 'crash';

export type FuzzStats = {
  label: string;
  tried: number;
  accepted: number;
  refused: number;
  crashes: { name: string; detail: string }[];
  maxMs: number;
  slowest: string;
};

export const newStats = (label: string): FuzzStats => ({ label, tried: 0, accepted: 0, refused: 0, crashes: [], maxMs: 0, slowest: '' });

/** A refusal is correct when it is a typed ApiError the caller can act on, said in Chinese. */
export const isCorrectRefusal = (error: unknown): boolean =>
  error instanceof ApiError && error.code !== 'internal' && /[\u4e00-\u9fa5]/.test(error.message) && !/\bat .*\.(ts|js):\d+/.test(error.message);

/** Runs one case; `judge` may turn a resolved result into a refusal (e.g. a package reported rejected). */
export const runCase = async <T>(stats: FuzzStats, name: string, work: () => Promise<T>, judge: (result: T) => CaseOutcome | string = () => 'accepted'): Promise<CaseOutcome> => {
  stats.tried += 1;
  const started = performance.now();
  let outcome: CaseOutcome;
  try {
    const verdict = judge(await work());
    if (verdict === 'accepted' || verdict === 'refused') outcome = verdict;
    else {
      outcome = 'crash';
      stats.crashes.push({ name, detail: verdict });
    }
  } catch (error) {
    if (isCorrectRefusal(error)) outcome = 'refused';
    else {
      outcome = 'crash';
      const detail = error instanceof Error ? `${error.name} ${(error as { code?: string }).code ?? ''}: ${error.message}\n${error.stack ?? ''}` : String(error);
      stats.crashes.push({ name, detail: detail.slice(0, 800) });
    }
  }
  const ms = performance.now() - started;
  if (process.env.FUZZ_TRACE && ms > 500) process.stdout.write(`[slow ${Math.round(ms)} ms] ${name}\n`);
  if (ms > stats.maxMs) {
    stats.maxMs = ms;
    stats.slowest = name;
  }
  if (outcome === 'accepted') stats.accepted += 1;
  if (outcome === 'refused') stats.refused += 1;
  return outcome;
};

export const printStats = (stats: FuzzStats, seed: number): void => {
  process.stdout.write(
    `\n[fuzz ${stats.label}] seed ${seed}: cases tried ${stats.tried}, accepted ${stats.accepted}, refused correctly ${stats.refused}, crashes = ${stats.crashes.length}, slowest ${Math.round(stats.maxMs)} ms (${stats.slowest})\n`,
  );
};

/** A case running longer than this is a hang, whatever the machine (normal cases take milliseconds). */
export const HANG_BOUND_MS = 20_000;
