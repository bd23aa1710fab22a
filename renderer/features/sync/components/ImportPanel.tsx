import { useState, type ChangeEvent } from 'react';
import { useSyncStore, type ImportSourceInput } from '../store';
import { ImportReportTable } from './ImportReportTable';

const toBase64 = async (file: File): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** Import from a folder (a USB stick), from typed paths, or from files picked in the browser. */
export const ImportPanel = () => {
  const { reports, progress, isBackedUp, importSources, importFolder, confirmFingerprint, confirmMassChange } = useSyncStore();
  const [folder, setFolder] = useState('');
  const [paths, setPaths] = useState('');
  const isBusy = progress !== null && progress.phase !== 'finished';

  const onFiles = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const files = [...(event.target.files ?? [])];
    const sources: ImportSourceInput[] = [];
    for (const file of files) sources.push({ name: file.name, dataBase64: await toBase64(file) });
    event.target.value = '';
    if (sources.length > 0) await importSources(sources);
  };

  return (
    <section aria-label="导入数据包" className="sync-panel">
      <div className="sync-inputs">
        <label className="sync-field">
          <span>从文件夹导入(如U盘)</span>
          <input value={folder} onChange={(e) => setFolder(e.target.value)} placeholder="例如 E:\\督办数据包" aria-label="文件夹路径" />
        </label>
        <button type="button" className="btn" disabled={isBusy || folder.trim() === ''} onClick={() => void importFolder(folder.trim())}>
          导入文件夹
        </button>
        <label className="sync-field">
          <span>或输入文件路径(每行一个)</span>
          <textarea value={paths} onChange={(e) => setPaths(e.target.value)} rows={2} aria-label="文件路径" />
        </label>
        <button
          type="button"
          className="btn"
          disabled={isBusy || paths.trim() === ''}
          onClick={() => void importSources(paths.split('\n').map((p) => p.trim()).filter(Boolean).map((path) => ({ path })))}
        >
          导入
        </button>
        <label className="btn btn-plain">
          选择文件…
          <input type="file" accept=".duban" multiple hidden onChange={(e) => void onFiles(e)} />
        </label>
      </div>
      {progress ? (
        <div className="sync-progress" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
          <div className="sync-progress-bar" style={{ width: `${progress.total ? (100 * progress.done) / progress.total : 0}%` }} />
          <span>
            {progress.phase === 'finished' ? `已处理 ${progress.total} 个数据包${isBackedUp === false ? '(本机数据未改动)' : '(导入前已自动备份)'}` : `${progress.phase === 'checking' ? '正在核验' : '正在导入'} ${Math.min(progress.done + 1, progress.total)}/${progress.total}:${progress.current}`}
          </span>
        </div>
      ) : null}
      {reports.some((r) => r !== null) ? <ImportReportTable reports={reports} onConfirm={(i) => void confirmFingerprint(i)} onConfirmMassChange={(i) => void confirmMassChange(i)} /> : null}
    </section>
  );
};
