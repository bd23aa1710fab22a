// What the desktop shell does when the page asks to save a file or the bulletin as PDF, without Electron:
// the request is checked, the dialog (a fake here) picks the place, the name keeps its extension.
import { describe, expect, it } from 'vitest';
import { printPageToPdf, saveFileFromPage, withExtension, type SaveDeps } from '../../electron/save-core.js';
import { safeFileName } from '../../shared/desktop/save-file.js';

const fakeDeps = (answer: string | null) => {
  const written: { path: string; bytes: Uint8Array }[] = [];
  const asked: { name: string; extension: string }[] = [];
  const deps: SaveDeps = {
    askPath: async (name, extension) => {
      asked.push({ name, extension });
      return answer;
    },
    write: (path, bytes) => written.push({ path, bytes }),
  };
  return { deps, written, asked };
};

const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('saving from the page', () => {
  it('asks with a safe default name and writes the bytes where the person chose', async () => {
    const { deps, written, asked } = fakeDeps('/home/科员/文档/进展');
    const saved = await saveFileFromPage({ suggestedName: '质量提升/2026年第四季度:进展?.xlsx', dataBase64: b64('PK') }, deps);
    expect(asked).toEqual([{ name: '2026年第四季度_进展_.xlsx', extension: 'xlsx' }]);
    expect(saved).toEqual({ path: '/home/科员/文档/进展.xlsx' });
    expect(Buffer.from(written[0]!.bytes).toString()).toBe('PK');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const { deps, written } = fakeDeps(null);
    expect(await saveFileFromPage({ suggestedName: '通报.pdf', dataBase64: b64('%PDF') }, deps)).toEqual({ path: null });
    expect(written).toEqual([]);
  });

  it('refuses what the app never saves, with a Chinese reason, before any dialog', async () => {
    for (const request of [
      { suggestedName: '更新.exe', dataBase64: b64('MZ') },
      { suggestedName: '快捷方式.lnk', dataBase64: '' },
      { suggestedName: '进展.xlsx', dataBase64: 'x'.repeat(400 * 1024 * 1024) },
      { suggestedName: '进展.xlsx', dataBase64: b64('PK'), path: '/etc/passwd' },
      '进展.xlsx',
    ]) {
      const { deps, asked } = fakeDeps('/tmp/x');
      await expect(saveFileFromPage(request, deps)).rejects.toMatchObject({ code: 'bad_input' });
      expect(asked).toEqual([]);
    }
  });

  it('prints the page only to a .pdf name, rendering before the dialog opens', async () => {
    const order: string[] = [];
    const { deps, written } = fakeDeps('C:\\Users\\科员\\Documents\\通报');
    const render = async () => {
      order.push('render');
      return new Uint8Array([37, 80, 68, 70]);
    };
    const wrapped: SaveDeps = { ...deps, askPath: async (n, e) => (order.push('dialog'), deps.askPath(n, e)) };
    expect(await printPageToPdf({ suggestedName: '通报-2026年第四季度.pdf' }, render, wrapped)).toEqual({ path: 'C:\\Users\\科员\\Documents\\通报.pdf' });
    expect(order).toEqual(['render', 'dialog']);
    expect(written).toHaveLength(1);
    await expect(printPageToPdf({ suggestedName: '通报.xlsx' }, render, deps)).rejects.toMatchObject({ message: '只能存为 PDF' });
  });
});

describe('file names', () => {
  it('keeps Chinese, drops folders and characters Windows forbids, avoids device names', () => {
    expect(safeFileName('湛江市/市商务局-2026年第四季度.xlsx')).toBe('市商务局-2026年第四季度.xlsx');
    expect(safeFileName('..\\..\\a<b>.pdf')).toBe('a_b_.pdf');
    expect(safeFileName('CON.xlsx')).toBe('督办导出.xlsx');
    expect(safeFileName('   .xlsx')).toBe('督办导出.xlsx');
    expect(withExtension('/tmp/通报.PDF', 'pdf')).toBe('/tmp/通报.PDF');
    expect(withExtension('/tmp/通报', 'pdf')).toBe('/tmp/通报.pdf');
  });
});
