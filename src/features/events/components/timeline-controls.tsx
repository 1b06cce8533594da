import { formatCount } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';
import { LANES, type LaneKey } from '../search-params';
import type { TimelineMessages } from '../timeline-messages';

/** Above the results: how many events are shown (and how many changed), the view, and the axis's lanes. */
export function TimelineControls({
  shown,
  total,
  changed,
  view,
  lanes,
  t,
  onView,
  onLanes,
}: {
  shown: number;
  total: number;
  /** How many of the shown events changed since the last visit. */
  changed: number;
  view: 'list' | 'axis';
  lanes: LaneKey;
  t: TimelineMessages;
  onView: (view: 'list' | 'axis') => void;
  onLanes: (lanes: LaneKey) => void;
}) {
  const { lang, m } = useI18n();
  return (
    <div className="timeline-controls">
      <p className="count" role="status" aria-live="polite">
        {m.timeline.count(formatCount(shown, lang), formatCount(total, lang))}
        {changed > 0 ? (
          <span className="muted">
            {' · '}
            {view === 'axis' ? <span className="changed-dot" aria-hidden="true" /> : null}
            {t.changedCount(formatCount(changed, lang))}
          </span>
        ) : null}
      </p>
      <div className="segmented" role="group" aria-label={t.view}>
        {(['list', 'axis'] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            onClick={() => {
              onView(v);
            }}
          >
            {v === 'list' ? t.viewList : t.viewAxis}
          </button>
        ))}
      </div>
      {view === 'axis' ? (
        <label className="small">
          {t.lanes}{' '}
          <select
            className="input"
            value={lanes}
            onChange={(e) => {
              onLanes(e.target.value as LaneKey);
            }}
          >
            {LANES.map((l) => (
              <option key={l} value={l}>
                {t.laneKey[l]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </div>
  );
}
