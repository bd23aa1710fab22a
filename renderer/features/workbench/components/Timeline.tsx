import { formatClock, formatDayOf } from '../../../../shared/progress/dates';
import type { TimelineEvent } from '../../../../shared/progress/types';

const timeLabel = formatClock;

/**
 * Every report, review and change of the task, with who and when: in the order they answer each other,
 * each with the time its own PC recorded, and a note where that PC's clock looked wrong.
 */
export const Timeline = ({ events }: { events: TimelineEvent[] }) => (
  <section className="timeline" aria-label="时间轴">
    <h3>时间轴</h3>
    <ol>
      {events.map((e, i) => (
        <li key={`${e.at}-${i}`} className={`event event-${e.kind}`}>
          <span className="when" title={formatDayOf(e.at)}>
            {timeLabel(e.at)}
          </span>
          <span className="who">{e.who}</span>
          <span className="what">{e.text}</span>
          {e.clockNote ? (
            <span className="clock-note" role="note">
              {e.clockNote}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  </section>
);
