// Hostile plan documents through the real API: thousands of mutated text, .docx and .xlsx files (a
// seeded PRNG; FUZZ_SEED=n replays a run), plus zip bombs, entity tricks and huge sheets. Every case
// must be accepted or refused with a typed Chinese error, none may crash or hang past HANG_BOUND_MS,
// and a refused import must leave the database exactly as it was.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/validate.js';
import { stateHash } from '../helpers/fault-fs.js';
import { fuzzSeed, HANG_BOUND_MS, mutateBytes, mutateText, mutateXml, newStats, printStats, runCase, seededRandom, type FuzzStats, type Random } from '../helpers/fuzz.js';
import { base64, makeDocx, makeXlsx, type DocxBlock } from '../helpers/plan-files.js';
import { makeTempBackend, seedsDir, type TempBackend } from '../helpers/temp-backend.js';

const SEED = fuzzSeed(20261122);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const CASES = { text: Math.round(1200 * SCALE), docx: Math.round(600 * SCALE), xlsx: Math.round(300 * SCALE), imports: Math.round(200 * SCALE) };

const seedTexts = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8'));

const tableBlocks = (text: string): DocxBlock[] => {
  const lines = text.split('\n').filter((l) => l.trim());
  const rows = lines.slice(0, 60).map((line, i) => [String(i + 1), line.slice(0, 12), line, '市商务局', '市财政局、市教育局', '2026年底前']);
  return [lines[0] ?? '规划', [['序号', '工作任务', '主要内容', '牵头单位', '参与单位', '完成时限'], ...rows]];
};

let t: TempBackend;
let docxCorpus: Uint8Array[] = [];
let xlsxCorpus: Uint8Array[] = [];
const stats: FuzzStats[] = [];

beforeAll(async () => {
  t = makeTempBackend();
  docxCorpus = seedTexts.flatMap((text) => [makeDocx(text.split('\n').slice(0, 400)), makeDocx(tableBlocks(text))]);
  xlsxCorpus = await Promise.all(
    seedTexts.map((text) => {
      const [, header = [], ...rows] = tableBlocks(text) as [string, string[][]];
      void header;
      return makeXlsx([['某市质量强市工作任务分解表'], ['序号', '工作任务', '主要内容', '牵头单位', '参与单位', '完成时限'], ...(rows as unknown as string[][]).slice(1)]);
    }),
  );
});

afterAll(() => {
  for (const s of stats) printStats(s, SEED);
  t.cleanup();
});

const changes = (): number => (t.backend.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

const preview = (fileName: string, bytes: Uint8Array) => () => dispatch(t.backend, 'plans.preview', { fileName, contentBase64: base64(bytes) });

/** Runs `count` preview cases; preview never writes, so the connection's change counter must not move. */
const fuzzPreview = async (label: string, count: number, make: (r: Random, i: number) => { name: string; bytes: Uint8Array }): Promise<FuzzStats> => {
  const s = newStats(label);
  stats.push(s);
  const r = seededRandom(SEED + label.length * 7919);
  const before = stateHash(t.backend.db);
  const changesBefore = changes();
  for (let i = 0; i < count; i += 1) {
    const { name, bytes } = make(r, i);
    await runCase(s, `${label} #${i} ${name}`, preview(name, bytes));
  }
  expect(changes()).toBe(changesBefore);
  expect(stateHash(t.backend.db)).toBe(before);
  return s;
};

const expectClean = (s: FuzzStats): void => {
  expect(s.crashes.slice(0, 3), 'crashes').toEqual([]);
  expect(s.maxMs, `slowest case: ${s.slowest}`).toBeLessThan(HANG_BOUND_MS);
  expect(s.accepted + s.refused).toBe(s.tried);
};

const encodeText = (r: Random, text: string): Uint8Array => {
  switch (r.int(6)) {
    case 0:
      return new Uint8Array(iconv.encode(text, 'gb18030'));
    case 1:
      return new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));
    case 2:
      return new Uint8Array(iconv.encode(text, 'utf-16be', { addBOM: true }));
    default:
      return strToU8(text);
  }
};

/** Re-zips a docx/xlsx with one XML entry mutated: the structure survives, the content is hostile. */
const mutateZipXml = (r: Random, zip: Uint8Array, prefer: RegExp): Uint8Array => {
  const files = unzipSync(zip);
  const names = Object.keys(files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const preferred = names.filter((n) => prefer.test(n));
  const name = r.pick(preferred.length && r.chance(0.8) ? preferred : names);
  files[name] = strToU8(mutateXml(r, strFromU8(files[name] ?? new Uint8Array())));
  return zipSync(files, { level: r.pick([0, 1, 6, 9] as const) });
};

describe('mutated plan documents through plans.preview and plans.import', () => {
  it(`text files (${CASES.text} cases): accepted or refused, never a crash`, async () => {
    const s = await fuzzPreview('text', CASES.text, (r, i) => {
      const base = r.pick(seedTexts);
      if (r.chance(0.25)) return { name: `m${i}.txt`, bytes: mutateBytes(r, strToU8(base), seedTexts.map((x) => strToU8(x))) };
      return { name: r.pick([`m${i}.txt`, `m${i}`, `计划${i}.TXT`, `${i}.docx`]), bytes: encodeText(r, mutateText(r, base)) };
    });
    expectClean(s);
  }, 240_000); // hundreds of whole-document parses: a bound for a loaded machine, not a timing claim

  it(`.docx files (${CASES.docx} cases): XML and zip mutations`, async () => {
    const s = await fuzzPreview('docx', CASES.docx, (r, i) => {
      const base = r.pick(docxCorpus);
      return { name: `m${i}.docx`, bytes: r.chance(0.6) ? mutateZipXml(r, base, /document\.xml$/) : mutateBytes(r, base, docxCorpus) };
    });
    expectClean(s);
  }, 240_000); // hundreds of whole-document parses: a bound for a loaded machine, not a timing claim

  it(`.xlsx files (${CASES.xlsx} cases): XML and zip mutations`, async () => {
    const s = await fuzzPreview('xlsx', CASES.xlsx, (r, i) => {
      const base = r.pick(xlsxCorpus);
      return { name: `m${i}.xlsx`, bytes: r.chance(0.7) ? mutateZipXml(r, base, /sheet\d*\.xml$|sharedStrings\.xml$|workbook\.xml$/) : mutateBytes(r, base, xlsxCorpus) };
    });
    expectClean(s);
  }, 240_000); // hundreds of whole-document parses: a bound for a loaded machine, not a timing claim

  it(`imports (${CASES.imports} cases): a refused import leaves every table unchanged`, async () => {
    const s = newStats('import');
    stats.push(s);
    const r = seededRandom(SEED + 31);
    let unchangedRefusals = 0;
    for (let i = 0; i < CASES.imports; i += 1) {
      const kind = r.int(3);
      const bytes =
        kind === 0 ? encodeText(r, mutateText(r, r.pick(seedTexts))) : kind === 1 ? mutateZipXml(r, r.pick(docxCorpus), /document/) : mutateBytes(r, r.pick(xlsxCorpus), xlsxCorpus);
      const name = `导入${i}.${['txt', 'docx', 'xlsx'][kind]}`;
      // Every write goes through this one connection, so its change counter catches any write at all;
      // the full fingerprint of every table is compared for the first refusals as well.
      const isHashed = unchangedRefusals < 20;
      const before = isHashed ? stateHash(t.backend.db) : '';
      const changesBefore = changes();
      const outcome = await runCase(s, `import #${i} ${name}`, () => dispatch(t.backend, 'plans.import', { fileName: name, contentBase64: base64(bytes) }));
      if (outcome === 'refused') {
        expect(changes(), `${name} was refused but wrote to the database`).toBe(changesBefore);
        if (isHashed) expect(stateHash(t.backend.db), `${name} was refused but changed the database`).toBe(before);
        unchangedRefusals += 1;
      }
    }
    expectClean(s);
    expect(unchangedRefusals).toBe(s.refused);
    expect(t.backend.db.pragma('quick_check', { simple: true })).toBe('ok');
  }, 240_000); // hundreds of whole-document parses: a bound for a loaded machine, not a timing claim
});

describe('crafted hostile plan files', () => {
  const hostile = newStats('hostile plans');
  // A database of its own: the mutation suite above may have imported many plans into the shared one.
  let t: TempBackend;
  beforeAll(() => {
    t = makeTempBackend();
  });
  afterAll(() => {
    t.cleanup();
    expect(hostile.crashes).toEqual([]);
  });
  stats.push(hostile);

  const bomb = (size: number): Uint8Array => zipSync({ 'word/document.xml': new Uint8Array(size).fill(0x20) }, { level: 9 });

  /** Rewrites the declared uncompressed size of every entry: a bomb that lies about its size. */
  const lieAboutSize = (zip: Uint8Array, declared: number): Uint8Array => {
    const out = zip.slice();
    const view = new DataView(out.buffer);
    for (let p = 0; p + 30 < out.length; p += 1) {
      const sig = view.getUint32(p, true);
      if (sig === 0x04034b50) view.setUint32(p + 22, declared, true);
      if (sig === 0x02014b50) view.setUint32(p + 24, declared, true);
    }
    return out;
  };

  const laughs = (): string => {
    let defs = '<!ENTITY l0 "哈哈哈哈哈哈哈哈哈哈">';
    for (let k = 1; k < 10; k += 1) defs += `<!ENTITY l${k} "${`&l${k - 1};`.repeat(10)}">`;
    return `<!DOCTYPE w:document [${defs}]>`;
  };

  const xlsxWith = async (edit: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> => {
    const files = unzipSync(xlsxCorpus[0] ?? (await makeXlsx([['序号']])));
    edit(files);
    return zipSync(files);
  };

  const hugeSheet = async (rows: number): Promise<Uint8Array> =>
    xlsxWith((files) => {
      const body: string[] = [];
      for (let i = 1; i <= rows; i += 1) body.push(`<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>${i}</t></is></c><c r="B${i}" t="inlineStr"><is><t>工作任务${i}</t></is></c></row>`);
      files['xl/worksheets/sheet1.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body.join('')}</sheetData></worksheet>`);
    });

  const cases: [string, string, () => Promise<Uint8Array> | Uint8Array][] = [
    ['a zip bomb (100 MB of spaces in document.xml)', 'bomb.docx', () => bomb(100 * 1024 * 1024)],
    ['a zip bomb that declares a tiny size', 'liar.docx', () => lieAboutSize(bomb(100 * 1024 * 1024), 1000)],
    ['a zip with 10,000 entries', 'many.docx', () => zipSync(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`word/x${i}.xml`, new Uint8Array(1)])))],
    ['billion laughs in document.xml', 'laughs.docx', () => makeDocx(['一、任务 &l9;'], laughs())],
    ['an external entity (file:///etc/passwd) in document.xml', 'xxe.docx', () => makeDocx(['一、&x;'], '<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>')],
    [
      'an external entity in an xlsx sheet, hidden after 8 KB of comment',
      'xxe.xlsx',
      () =>
        xlsxWith((files) => {
          const name = 'xl/worksheets/sheet1.xml';
          const xml = strFromU8(files[name] ?? new Uint8Array());
          files[name] = strToU8(xml.replace(/^<\?xml[^>]*\?>/, (d) => `${d}<!--${' '.repeat(8192)}--><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>`).replace('<sheetData>', '<sheetData><row r="9999"><c r="A9999" t="inlineStr"><is><t>&x;</t></is></c></row>'));
        }),
    ],
    ['billion laughs in sharedStrings.xml', 'laughs.xlsx', () => xlsxWith((files) => {
      files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0"?>${laughs()}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&l9;</t></si></sst>`);
    })],
    ['a sheet of 300,000 rows', 'huge.xlsx', () => hugeSheet(300_000)],
    ['document.xml nested 200,000 deep', 'deep.docx', () => zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${'<w:p>'.repeat(200_000)}一、任务${'</w:p>'.repeat(200_000)}</w:body></w:document>`) })],
    ['a 19 MB text of one line', 'line.txt', () => strToU8(`一、${'市'.repeat(6_000_000)}`)],
    ['300,000 numbered lines', 'lines.txt', () => strToU8(Array.from({ length: 300_000 }, (_, i) => `${i % 2 ? '（一）' : '一、'}任务${i} 牵头单位：市商务局`).join('\n'))],
    ['a PK header on random bytes', 'fake.xlsx', () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)])],
    ['a lone UTF-16 BOM', 'bom.txt', () => Uint8Array.from([0xff, 0xfe])],
  ];

  for (const [label, name, make] of cases) {
    it(`refuses or reads safely: ${label}`, async () => {
      const bytes = await make();
      const before = stateHash(t.backend.db);
      const outcome = await runCase(hostile, `${label}`, () => dispatch(t.backend, 'plans.import', { fileName: name, contentBase64: base64(bytes) }));
      expect(hostile.crashes, label).toEqual([]);
      expect(outcome, label).toBe('refused');
      expect(stateHash(t.backend.db)).toBe(before);
      expect(hostile.maxMs).toBeLessThan(HANG_BOUND_MS);
    });
  }
});
