// 设置 → 数据交换: the mass-change fail-safe. A package that moves or closes more than this share of the
// plan's tasks waits for a person to confirm it on import (a wrong plan file sent by mistake stops there).
import { useEffect, useState } from 'react';
import { errorMessage, invoke } from '../../../api/client';

export const SyncSettingsSection = () => {
  const [percent, setPercent] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  useEffect(() => {
    void invoke('sync.settings', {})
      .then((s) => {
        const value = Math.round(s.massChangeShare * 100);
        setSaved(value);
        setPercent(String(value));
      })
      .catch((error: unknown) => setMessage({ text: errorMessage(error), isError: true }));
  }, []);

  const save = async (): Promise<void> => {
    const value = Number(percent.trim());
    if (!/^\d+$/.test(percent.trim()) || value < 1 || value > 100) {
      setMessage({ text: '请填写 1 到 100 之间的整数', isError: true });
      return;
    }
    try {
      const result = await invoke('sync.settings', { massChangeShare: value / 100 });
      setSaved(Math.round(result.massChangeShare * 100));
      setMessage({ text: `已保存:一个数据包改动或关闭超过 ${value}% 的任务时,导入前需要确认`, isError: false });
    } catch (error) {
      setMessage({ text: errorMessage(error), isError: true });
    }
  };

  return (
    <section className="settings-section" aria-label="数据交换设置">
      <h3>数据交换</h3>
      <p>导入的数据包如果一次改动或关闭很多任务(例如误发了另一份规划),会先停下来请您确认,确认后才导入。</p>
      <label className="settings-inline">
        大量改动提醒:超过全部任务的
        <input
          aria-label="大量改动提醒比例"
          inputMode="numeric"
          size={4}
          value={percent}
          aria-invalid={message?.isError ? true : undefined}
          onChange={(e) => {
            setPercent(e.target.value);
            setMessage(null);
          }}
        />
        % 时提醒
      </label>{' '}
      <button type="button" className="btn" disabled={saved === null || percent.trim() === String(saved)} onClick={() => void save()}>
        保存
      </button>
      {message ? (
        <p role={message.isError ? 'alert' : 'status'} className={message.isError ? 'field-message' : undefined}>
          {message.text}
        </p>
      ) : null}
    </section>
  );
};
