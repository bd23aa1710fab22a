// The local HTTP host answers only its own page: loopback, per-run token, same origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, TOKEN_HEADER, type HttpHost } from '../../hosts/http/server.js';
import { makeTempBackend, makeTempDir, type TempBackend } from '../helpers/temp-backend.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';

type Reply = { status: number; body: string };

// node:http rather than fetch, so Host and Origin headers can be set as an attacker would.
const post = (url: string, body: string, headers: Record<string, string>): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let data = '';
      res.on('data', (chunk: Buffer) => (data += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
    });
    req.on('error', reject);
    req.end(body);
  });

describe('local HTTP host', () => {
  let t: TempBackend;
  let host: HttpHost;
  let staticDir: { dir: string; cleanup: () => void };
  beforeAll(async () => {
    t = makeTempBackend();
    staticDir = makeTempDir();
    writeFileSync(join(staticDir.dir, 'index.html'), '<html><head></head><body>督办</body></html>');
    host = await startHttpHost({ handlers: t.backend, staticDir: staticDir.dir });
  });
  afterAll(async () => {
    await host.close();
    t.cleanup();
    staticDir.cleanup();
  });

  const api = (method: string) => new URL(`api/${method}`, host.url).href;

  it('listens on 127.0.0.1 only and puts its token into the page it serves', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(host.url).then((r) => r.text());
    expect(page).toContain(`<meta name="duban-token" content="${host.token}">`);
  });

  it('answers API calls that carry the token', async () => {
    const reply = await post(api('departments.tasks'), JSON.stringify({ department: '市商务局' }), { [TOKEN_HEADER]: host.token });
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body) as { ok: boolean; result: { lead: { code: string }[] } };
    expect(body.result.lead.map((x) => x.code)).toEqual(['7', '11']);
  });

  it('refuses calls without the token, from another origin, or under another host name', async () => {
    const body = JSON.stringify({});
    const noToken = await post(api('plans.list'), body, {});
    const otherOrigin = await post(api('plans.list'), body, { [TOKEN_HEADER]: host.token, origin: 'http://evil.example' });
    const rebound = await post(api('plans.list'), body, { [TOKEN_HEADER]: host.token, host: 'evil.example' });
    for (const reply of [noToken, otherOrigin, rebound]) {
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'refused' } });
    }
  });

  it('refuses bad input with a typed error and never a stack trace', async () => {
    const headers = { [TOKEN_HEADER]: host.token };
    const badJson = await post(api('plans.list'), '{oops', headers);
    expect(badJson.status).toBe(400);
    const unknown = await post(api('nope.nothing'), '{}', headers);
    expect(unknown.status).toBe(404);
    const extra = await post(api('departments.tasks'), JSON.stringify({ department: '市商务局', sql: 'DROP' }), headers);
    expect(extra.status).toBe(400);
    expect(extra.body).not.toMatch(/at .*\.ts/);
  });

  it('is not reachable on any other address of this machine', async () => {
    const port = new URL(host.url).port;
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a): a is NonNullable<typeof a> => a !== undefined && !a.internal && a.family === 'IPv4')
      .map((a) => a.address);
    for (const address of [...others, '0.0.0.0']) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: Number(port), timeout: 2000 }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
        socket.on('timeout', () => {
          socket.destroy();
          resolve(false);
        });
      });
      // 0.0.0.0 reaches loopback on Linux; any real interface address must not.
      if (address !== '0.0.0.0') expect(reached, address).toBe(false);
    }
  });

  it('refuses a token of the right length but wrong value, and a token sent as a query', async () => {
    const wrong = 'f'.repeat(host.token.length);
    const reply = await post(api('plans.list'), '{}', { [TOKEN_HEADER]: wrong });
    expect(reply.status).toBe(403);
    // Not an API route at all: the page (never a result) comes back.
    const query = await post(`${api('plans.list')}?token=${host.token}`, '{}', {});
    expect(query.body).not.toContain('"ok":true');
  });

  it('refuses a GET to the API even with the token, and a cross-origin preflight', async () => {
    const get = await fetch(api('plans.list'), { headers: { [TOKEN_HEADER]: host.token } });
    expect(get.status).toBe(400);
    const preflight = await new Promise<number>((resolve, reject) => {
      const req = request(api('plans.list'), { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(preflight).toBe(403);
  });

  it('does not serve files outside its folder', async () => {
    const reply = await fetch(new URL('/../../etc/passwd', host.url)).then((r) => r.text());
    expect(reply).not.toContain('root:');
  });
});
