// The local HTTP host: serves the built renderer and bridges POST /api/<method> to the backend.
// For development, tests and machines without the Electron binary. It binds 127.0.0.1 only, and every
// API call needs the per-run token that is written into the page it serves; other origins are refused.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, toApiError } from '../../shared/api/errors.js';
import { assertApiMethod, dispatch } from '../../shared/api/validate.js';
import type { ApiHandlers } from '../../shared/api/contract.js';
import { readStatic } from './static-files.js';

export type HttpHostOptions = { handlers: ApiHandlers; staticDir: string; port?: number; token?: string };

export type HttpHost = { url: string; token: string; close(): Promise<void> };

// Plan documents (up to 20 MB) and evidence files arrive base64-encoded in the body.
const MAX_BODY_BYTES = 40 * 1024 * 1024;
export const TOKEN_HEADER = 'x-duban-token';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const send = (res: ServerResponse, status: number, body: string | Buffer, type: string): void => {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
};

const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

const statusOf = (error: ApiError): number =>
  ({ bad_input: 400, not_found: 404, refused: 403, conflict: 409, internal: 500 })[error.code];

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ApiError('bad_input', '请求内容过大'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const tokenMatches = (given: string | string[] | undefined, token: string): boolean => {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
};

export const startHttpHost = async (options: HttpHostOptions): Promise<HttpHost> => {
  const token = options.token ?? randomBytes(24).toString('hex');
  let origin = '';

  const handleApi = async (req: IncomingMessage, res: ServerResponse, method: string): Promise<void> => {
    // A page from any other origin (or a DNS-rebound name) must not drive the backend.
    if (req.headers.host !== origin.slice('http://'.length)) throw new ApiError('refused', '拒绝:主机名不符');
    if (req.headers.origin !== undefined && req.headers.origin !== origin) throw new ApiError('refused', '拒绝:来源不符');
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) throw new ApiError('refused', '拒绝:缺少或错误的访问令牌');
    if (req.method !== 'POST') throw new ApiError('bad_input', '接口只接受 POST 请求');
    const raw = await readBody(req);
    let arg: unknown;
    try {
      arg = raw.length === 0 ? {} : JSON.parse(raw);
    } catch {
      throw new ApiError('bad_input', '请求内容不是有效的 JSON');
    }
    const result = await dispatch(options.handlers, assertApiMethod(method), arg);
    sendJson(res, 200, { ok: true, result });
  };

  const handleStatic = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? '/';
    const file = (await readStatic(options.staticDir, url)) ?? (await readStatic(options.staticDir, '/index.html'));
    if (!file) {
      send(res, 404, '页面文件不存在,请先运行 npm run build', 'text/plain; charset=utf-8');
      return;
    }
    if (file.type.startsWith('text/html')) {
      const html = file.body.toString('utf8').replace('</head>', `<meta name="duban-token" content="${token}"></head>`);
      send(res, 200, html, file.type);
      return;
    }
    send(res, 200, file.body, file.type);
  };

  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const api = /^\/api\/([A-Za-z0-9_.-]{1,80})$/.exec(url);
    const work = api ? handleApi(req, res, api[1] ?? '') : handleStatic(req, res);
    work.catch((error: unknown) => {
      const apiError = toApiError(error);
      if (!res.headersSent) sendJson(res, statusOf(apiError), { ok: false, error: apiError.toJSON() });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    token,
    // A browser keeps sockets open (keep-alive, preconnects) that server.close() would wait on for
    // minutes; on shutdown they are cut so the host exits when asked.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
