// The one way the UI reaches the backend. In Electron the preload exposes window.duban.invoke;
// served by the local HTTP host, calls go to POST /api/<method> with the page's token.
// Components never know which.
import type { ApiArg, ApiMethod, ApiResult } from '../../shared/api/contract';
import { ApiError, isApiErrorShape } from '../../shared/api/errors';

export type Reply = { ok: true; result: unknown } | { ok: false; error: unknown };

// What the Electron preload exposes (electron/preload.ts); absent when served by the local HTTP host.
type Bridge = {
  invoke: (method: string, arg: unknown) => Promise<Reply>;
  onOpenPackage?: (listener: (payload: unknown) => void) => () => void;
  openDataFolder?: () => Promise<Reply>;
  saveFile?: (request: { suggestedName: string; dataBase64: string }) => Promise<Reply>;
  printToPdf?: (request: { suggestedName: string }) => Promise<Reply>;
};

declare global {
  // Declaration merging onto the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    duban?: Bridge;
  }
}

const tokenOfPage = (): string => document.querySelector('meta[name="duban-token"]')?.getAttribute('content') ?? '';

const viaHttp = async (method: string, arg: unknown): Promise<Reply> => {
  let response: Response;
  try {
    response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-duban-token': tokenOfPage() },
      body: JSON.stringify(arg),
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: '无法连接本机服务,请确认督办仍在运行。' } };
  }
  try {
    return (await response.json()) as Reply;
  } catch {
    return { ok: false, error: { code: 'internal', message: `本机服务返回了无法识别的内容(${response.status})` } };
  }
};

export const invoke = async <M extends ApiMethod>(method: M, arg: ApiArg<M>): Promise<ApiResult<M>> => {
  const reply = window.duban ? await window.duban.invoke(method, arg) : await viaHttp(method, arg);
  if (reply.ok) return reply.result as ApiResult<M>;
  const error = reply.error;
  if (isApiErrorShape(error)) throw new ApiError(error.code, error.message, error.details);
  throw new ApiError('internal', '未知错误');
};

export { errorMessage } from './errors';
