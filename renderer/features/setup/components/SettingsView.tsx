import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../shared/domain/types';
import { invoke } from '../../../api/client';
import { canOpenDataFolder, openDataFolder } from '../../../api/desktop';
import { SyncSettingsSection } from '../../sync/components/SyncSettingsSection';
import { useSetupStore } from '../store';
import '../setup.css';

/** 设置: where this installation keeps its database and attachments, with a way to get there. */
export const SettingsView = () => {
  const { status, refresh } = useSetupStore();
  const [notice, setNotice] = useState<string | null>(null);
  // Which build this is, for the person on the phone with whoever supports the PCs.
  const [info, setInfo] = useState<AppInfo | null>(null);
  const isDesktop = canOpenDataFolder();

  useEffect(() => {
    void refresh();
    invoke('app.info', {}).then(setInfo, () => setInfo(null));
  }, [refresh]);

  if (!status) return <main className="content">正在载入…</main>;

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(status.dataDir);
      setNotice('已复制路径');
    } catch {
      setNotice('浏览器不允许复制,请选中上面的路径手动复制');
    }
  };
  const open = async (): Promise<void> => setNotice(await openDataFolder());

  return (
    <main className="content settings">
      <h2>设置</h2>
      <section className="settings-section" aria-label="数据文件夹">
        <h3>数据文件夹</h3>
        <p>数据库和附件都保存在本机的用户数据文件夹中。备份或迁移到另一台电脑时,复制整个文件夹(请先关闭督办)。</p>
        <div className="settings-path">
          <code data-testid="data-dir">{status.dataDir}</code>
          {isDesktop ? (
            <button type="button" className="btn" onClick={() => void open()}>
              打开数据文件夹
            </button>
          ) : (
            <button type="button" className="btn btn-plain" onClick={() => void copy()}>
              复制路径
            </button>
          )}
        </div>
        {notice ? <p role="status">{notice}</p> : null}
        <dl className="settings-list">
          <dt>数据库文件</dt>
          <dd>
            <code>{status.dbPath}</code>
          </dd>
          <dt>附件和备份</dt>
          <dd>
            <code>{status.filesDir}</code>
          </dd>
          {info ? (
            <>
              <dt>程序版本</dt>
              <dd aria-label="程序版本">
                督办 {info.version}
                <span className="muted">(数据结构第 {info.schemaVersion} 版)</span>
              </dd>
            </>
          ) : null}
          <dt>本机用途</dt>
          <dd>{status.role === 'office' ? '牵头办公室' : `部门:${status.departmentName ?? '未初始化'}`}</dd>
          <dt>本机密钥指纹</dt>
          <dd>
            <code aria-label="本机密钥指纹">
              {status.fingerprint}
            </code>
            <span className="muted">(电话核对时读给对方)</span>
          </dd>
          {status.officeFingerprint ? (
            <>
              <dt>牵头办公室指纹</dt>
              <dd>
                <code>{status.officeFingerprint}</code>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <SyncSettingsSection />
    </main>
  );
};
