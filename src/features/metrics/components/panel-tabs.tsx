import { usePanelMessages } from '../panel-messages';
import { TABS, type PanelTab } from '../search-params';

/**
 * A panel's tabs (chart, table, sources) as a tab list: arrows, Home and End move between them.
 * Each tab is `${id}-${tab}`; the one panel they control is `${id}-panel`.
 */
export function PanelTabList({
  id,
  tab: selected,
  onTab,
}: {
  id: string;
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
}) {
  const p = usePanelMessages();
  return (
    <div role="tablist" aria-label={p.tabs} className="tabs">
      {TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`${id}-${tab}`}
          aria-selected={selected === tab}
          aria-controls={`${id}-panel`}
          tabIndex={selected === tab ? 0 : -1}
          onClick={() => {
            onTab(tab);
          }}
          onKeyDown={(e) => {
            const i = TABS.indexOf(tab);
            const next =
              e.key === 'ArrowRight'
                ? TABS[(i + 1) % TABS.length]
                : e.key === 'ArrowLeft'
                  ? TABS[(i + TABS.length - 1) % TABS.length]
                  : e.key === 'Home'
                    ? TABS[0]
                    : e.key === 'End'
                      ? TABS.at(-1)
                      : null;
            if (next) {
              e.preventDefault();
              onTab(next);
              document.getElementById(`${id}-${next}`)?.focus();
            }
          }}
        >
          {p.tab[tab]}
        </button>
      ))}
    </div>
  );
}
