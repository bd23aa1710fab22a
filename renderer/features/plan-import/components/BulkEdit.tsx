import { useState } from 'react';
import { namesTyped, type BulkAction } from '../../../../shared/plan/bulk-corrections';

type Props = {
  count: number;
  isBusy: boolean;
  onApply: (action: BulkAction) => void;
  onClear: () => void;
};

/**
 * The bar over the preview's task table while tasks are ticked: set their units in one step, or reorder who leads
 * among the units each already has. It stays at the top of the scrolled table so a long plan can be worked down.
 */
export const BulkEdit = ({ count, isBusy, onApply, onClear }: Props) => {
  const [typed, setTyped] = useState('');
  const names = namesTyped(typed);
  const apply = (action: BulkAction): void => {
    onApply(action);
    setTyped('');
  };
  return (
    <div className="bulk-edit" role="region" aria-label="批量修改">
      <strong>已选 {count} 项任务</strong>
      <input value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="单位名称,用顿号分隔" aria-label="批量设定的单位(用顿号分隔)" />
      <button type="button" disabled={isBusy || names.length === 0} onClick={() => apply({ kind: 'setLeads', names })}>
        设为牵头单位
      </button>
      <button type="button" disabled={isBusy || names.length === 0} onClick={() => apply({ kind: 'setParticipants', names })}>
        设为参与单位
      </button>
      <span className="bulk-sep" />
      <button type="button" disabled={isBusy} onClick={() => apply({ kind: 'firstLeads' })} title="各项任务所列单位中,第一个为牵头单位,其余为参与单位">
        第一个单位牵头
      </button>
      <button type="button" disabled={isBusy} onClick={() => apply({ kind: 'allLead' })} title="各项任务所列单位全部作为牵头单位(共同牵头)">
        所列单位共同牵头
      </button>
      <button type="button" disabled={isBusy} onClick={() => apply({ kind: 'drop' })}>
        都不是任务
      </button>
      <button type="button" className="link-button" onClick={onClear}>
        取消选择
      </button>
    </div>
  );
};
