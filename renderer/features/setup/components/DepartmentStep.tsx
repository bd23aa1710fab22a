import type { ChangeEvent } from 'react';
import { sourceLabel, useSetupStore } from '../store';

const toBase64 = async (file: File): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/**
 * Department path: open the office's setup package (picked here, or double-clicked in the desktop app),
 * compare the office's fingerprint over the phone, confirm. Nothing is written before the confirmation.
 */
export const DepartmentStep = () => {
  const { source, report, isBusy, setStep, openPackage, confirmOffice } = useSetupStore();
  const fingerprint = report?.outcome === 'needs_trust' && report.sender?.role === 'office' ? report.sender.fingerprint : null;
  // The unit this package makes the PC: shown large so a clerk who opened another unit's file notices.
  const unit = report?.addressedTo?.name ?? null;

  const onFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await openPackage({ name: file.name, dataBase64: await toBase64(file) });
  };

  return (
    <main className="setup-body">
      <button type="button" className="btn btn-plain setup-back" onClick={() => setStep('choose')}>
        ← 返回
      </button>
      <h2>打开牵头办公室发来的初始化包</h2>
      <p>初始化包里有规划、部门目录、本部门的任务和牵头办公室的密钥。请从U盘选择扩展名为 .duban 的文件。</p>
      <label className="btn">
        选择初始化包…
        <input type="file" accept=".duban" hidden aria-label="选择初始化包" onChange={(e) => void onFile(e)} />
      </label>
      {source ? <p className="setup-file">已打开:{sourceLabel(source)}</p> : null}
      {fingerprint !== null ? (
        <section className="setup-fingerprint" aria-label="核对指纹">
          {unit ? (
            <div className="setup-unit">
              <p>这个初始化包会把本机设置为:</p>
              <div className="setup-unit-name" aria-label="本机将设置为">
                {unit}
              </div>
              <p>请确认这是本单位。如果不是,请不要导入,找到本单位的初始化包。</p>
            </div>
          ) : null}
          <p>
            发送方:<strong>{report?.sender?.name}</strong>
          </p>
          <p>请打电话给牵头办公室,请对方读出其督办「数据交换」页上显示的本机指纹,与下面的指纹逐字核对:</p>
          <div className="fingerprint-code" aria-label="牵头办公室指纹">
            {fingerprint}
          </div>
          <div className="setup-actions">
            <button type="button" className="btn" disabled={isBusy} onClick={() => void confirmOffice()}>
              {unit ? `是${unit},指纹一致,完成设置` : '指纹一致,完成设置'}
            </button>
            <button type="button" className="btn btn-plain" disabled={isBusy} onClick={() => setStep('department')}>
              {unit ? '不是本单位或指纹不一致,不导入' : '不一致,不导入'}
            </button>
          </div>
          <p className="setup-note">指纹不一致说明这个文件不是牵头办公室发出的,请勿导入,并联系牵头办公室重新发送。</p>
        </section>
      ) : null}
    </main>
  );
};
