import { attainmentOf } from '../../../../shared/progress/attainment';
import type { IndicatorField } from '../../../../shared/progress/types';

type Props = {
  indicators: IndicatorField[];
  values: Record<string, string>;
  /** Messages by field key; an indicator's is under `indicator:<id>`. */
  errors: Record<string, string>;
  isEditable: boolean;
  onChange: (values: Record<string, string>) => void;
  onBlur: () => void;
};

/** One line per indicator: name, unit and target shown, attainment computed as the clerk types. */
export const IndicatorFields = ({ indicators, values, errors, isEditable, onChange, onBlur }: Props) => {
  if (indicators.length === 0) return <p className="muted">这项任务没有设定指标。</p>;
  return (
    <table className="indicator-table">
      <thead>
        <tr>
          <th>指标</th>
          <th>目标值</th>
          <th>本期完成值</th>
          <th>达标情况</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => {
          const value = values[indicator.id] ?? '';
          const attainment = attainmentOf(value, indicator.target);
          const error = errors[`indicator:${indicator.id}`];
          return (
            <tr key={indicator.id}>
              <td>{indicator.name}</td>
              <td>
                {indicator.targetText || '—'}
                {indicator.unit && indicator.targetText && !indicator.targetText.includes(indicator.unit) ? ` ${indicator.unit}` : ''}
              </td>
              <td>
                <span className="value-input">
                  <input
                    aria-label={`${indicator.name}本期完成值`}
                    aria-invalid={error ? true : undefined}
                    inputMode="decimal"
                    value={value}
                    disabled={!isEditable}
                    onChange={(e) => onChange({ ...values, [indicator.id]: e.target.value })}
                    onBlur={onBlur}
                  />
                  {indicator.unit ? <span className="unit">{indicator.unit}</span> : null}
                </span>
                {error ? (
                  <div className="field-message" role="alert">
                    {error}
                  </div>
                ) : null}
              </td>
              <td className={`attainment attainment-${attainment.state}`}>{attainment.label}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
