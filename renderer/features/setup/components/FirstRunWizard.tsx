import { PlanImportView } from '../../plan-import/components/PlanImportView';
import { useSetupStore } from '../store';
import { DepartmentStep } from './DepartmentStep';
import '../setup.css';
import { Banners } from '../../../app/Banners';

/** 首次使用: office or department; the office imports its plan or starts from the demo in one click. */
export const FirstRunWizard = () => {
  const { status, step, isBusy, error, setStep, chooseOffice, chooseDepartment, startDemo, finish } = useSetupStore();

  return (
    <div className="setup">
      <header className="setup-header">
        <h1>督办</h1>
        <div className="setup-steps" aria-label="步骤">
          <span aria-current={step === 'choose' ? 'step' : undefined}>1 选择本机用途</span>
          <span aria-current={step !== 'choose' ? 'step' : undefined}>{step === 'department' ? '2 打开初始化包' : '2 准备规划'}</span>
          <span>3 开始使用</span>
        </div>
      </header>
      <Banners error={error} />
      {step === 'choose' ? (
        <main className="setup-body">
          <h2>欢迎使用督办。这台电脑用于:</h2>
          <div className="setup-choices">
            <section className="setup-card" aria-label="牵头办公室">
              <h3>牵头办公室</h3>
              <p>导入规划的工作任务分解表,汇总各部门报送的进度,审核、督办并生成通报。</p>
              <div className="setup-actions">
                <button type="button" className="btn" disabled={isBusy} onClick={() => void chooseOffice()}>
                  导入规划文件…
                </button>
                {status?.hasDemo ? (
                  <button type="button" className="btn btn-plain" disabled={isBusy} onClick={() => void startDemo()}>
                    从示范规划开始
                  </button>
                ) : null}
              </div>
              {status?.hasDemo ? <p className="setup-note">示范规划:湛江市开展质量提升行动的方案(30 项任务),可随时再导入正式规划。</p> : null}
            </section>
            <section className="setup-card" aria-label="部门">
              <h3>部门</h3>
              <p>本部门在这台电脑上填报所牵头、参与任务的进度,用U盘把数据包交给牵头办公室。</p>
              <div className="setup-actions">
                <button type="button" className="btn" disabled={isBusy} onClick={() => void chooseDepartment()}>
                  打开初始化包…
                </button>
              </div>
              <p className="setup-note">初始化包由牵头办公室为本部门生成(扩展名 .duban)。</p>
            </section>
          </div>
          <p className="setup-folder">数据保存在本机用户数据文件夹:{status?.dataDir}</p>
        </main>
      ) : null}
      {step === 'office' ? (
        <main className="content setup-office">
          <button type="button" className="btn btn-plain setup-back" onClick={() => setStep('choose')}>
            ← 返回
          </button>
          <PlanImportView onImported={() => void finish()} />
        </main>
      ) : null}
      {step === 'department' ? <DepartmentStep /> : null}
    </div>
  );
};
