// Every method of the contract, walked through the real local HTTP host with hostile arguments: not an
// object, unknown fields (also __proto__ and constructor), and each declared field given a value of the
// wrong type or size. Each must be refused with 400 and a typed Chinese error, nothing may change in the
// database or beside it, and the host must keep answering.
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { startHttpHost, TOKEN_HEADER, type HttpHost } from '../../hosts/http/server.js';
import { apiMethods, apiSchemas, type ApiMethod } from '../../shared/api/contract.js';
import { stateHash } from '../helpers/fault-fs.js';
import { makeTempBackend, makeTempDir, type TempBackend } from '../helpers/temp-backend.js';

type Reply = { status: number; body: string };

let t: TempBackend;
let host: HttpHost;
let staticDir: { dir: string; cleanup: () => void };
const counts = { tried: 0, refused: 0, crashes: 0 };

const post = (method: string, raw: string): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const req = request(new URL(`api/${method}`, host.url), { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token } }, (res) => {
      let data = '';
      res.on('data', (chunk: Buffer) => (data += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(raw);
  });

beforeAll(async () => {
  t = makeTempBackend();
  staticDir = makeTempDir();
  host = await startHttpHost({ handlers: t.backend, staticDir: staticDir.dir });
});

afterAll(async () => {
  process.stdout.write(`\n[hostile HTTP arguments] ${apiMethods.length} methods, cases tried ${counts.tried}, refused correctly ${counts.refused}, crashes = ${counts.crashes}\n`);
  await host.close();
  t.cleanup();
  staticDir.cleanup();
});

const shapeOf = (method: ApiMethod): Record<string, z.ZodType> => {
  const schema = apiSchemas[method] as unknown as { shape?: Record<string, z.ZodType>; _zod?: { def?: { in?: { shape?: Record<string, z.ZodType> } } } };
  return schema.shape ?? schema._zod?.def?.in?.shape ?? {};
};

const WRONG_VALUES: unknown[] = [{}, [], [1, '二'], 12345, -1, 1.5, true, 'x'.repeat(5001), '', { $gt: '' }, '../../etc/passwd', 'a'.repeat(5_000_000)];

/** Wrong for this field: the schema refuses it on the field's own path (not merely for missing others). */
const isWrongFor = (method: ApiMethod, field: string, value: unknown): boolean => {
  const result = apiSchemas[method].safeParse({ [field]: value });
  return !result.success && result.error.issues.some((issue) => issue.path[0] === field);
};

const filesBeside = (): string[] => readdirSync(t.dir, { recursive: true, encoding: 'utf8' }).filter((n) => !n.startsWith('duban.sqlite')).sort();

const expectRefused = async (method: string, raw: string, mentions?: string): Promise<void> => {
  counts.tried += 1;
  const reply = await post(method, raw);
  let body: { ok?: boolean; error?: { code?: string; message?: string; details?: { issues?: { path: string; message: string }[] } } } = {};
  try {
    body = JSON.parse(reply.body) as typeof body;
  } catch {
    counts.crashes += 1;
  }
  const what = `${method} ${raw.slice(0, 120)}`;
  expect(reply.status, what).toBe(400);
  expect(body.ok, what).toBe(false);
  expect(body.error?.code, what).toBe('bad_input');
  expect(body.error?.message ?? '', what).toMatch(/[\u4e00-\u9fa5]/);
  expect(reply.body, what).not.toMatch(/\bat .*\.(ts|js):\d+/);
  // The message a person reads names neither the method nor a field path (issue #17); the field travels in details.
  expect(body.error?.message ?? '', what).not.toContain(`(${method})`);
  if (mentions !== undefined) expect(JSON.stringify(body.error?.details?.issues ?? []), what).toContain(mentions);
  counts.refused += 1;
};

describe('every API method through the HTTP host refuses hostile arguments', () => {
  it('covers every method in shared/api/contract.ts', () => {
    expect(apiMethods.length).toBeGreaterThan(40);
    for (const method of apiMethods) expect(shapeOf(method), method).toBeTypeOf('object');
  });

  it('refuses non-object arguments, unknown fields and wrong types, with nothing changed', async () => {
    const before = stateHash(t.backend.db);
    const filesBefore = filesBeside();
    for (const method of apiMethods) {
      for (const raw of ['"text"', '42', '[]', 'true', '[{"a":1}]']) await expectRefused(method, raw);
      await expectRefused(method, JSON.stringify({ extraField: 1 }), 'extraField');
      await expectRefused(method, '{"__proto__": {"isAdmin": true}}');
      await expectRefused(method, '{"constructor": {"prototype": {"isAdmin": true}}}');
      for (const field of Object.keys(shapeOf(method))) {
        for (const value of WRONG_VALUES) {
          if (!isWrongFor(method, field, value)) continue;
          await expectRefused(method, JSON.stringify({ [field]: value }), field);
        }
      }
    }
    expect(({} as { isAdmin?: boolean }).isAdmin).toBeUndefined();
    expect(stateHash(t.backend.db)).toBe(before);
    expect(filesBeside()).toEqual(filesBefore);
    // Still serving after all of it.
    const alive = await post('plans.list', '{}');
    expect(alive.status).toBe(200);
    expect(counts.crashes).toBe(0);
  }, 240_000); // some 1,500 requests: a bound for a loaded machine, not a timing claim
});

