// Runs sandboxed with context isolation: exposes exactly one function, and only for contract methods.
import { contextBridge, ipcRenderer } from 'electron';
import { isApiMethod } from '../shared/api/contract.js';

contextBridge.exposeInMainWorld('duban', {
  invoke: (method: unknown, arg: unknown): Promise<unknown> => {
    if (!isApiMethod(method)) return Promise.reject(new Error(`没有这个接口:${String(method)}`));
    return ipcRenderer.invoke(`api:${method}`, arg);
  },
});
