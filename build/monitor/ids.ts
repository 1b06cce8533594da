/**
 * The official sources the monitor asks (one adapter each in ./sources/), by id. The ids are used
 * in the watch file (`content/monitor/watch.yaml`), the monitor's memory
 * (`content/monitor/state.yaml`), lead ids and the run summary. Nothing else lives here, so the
 * content compiler can read them without loading an adapter.
 */
export const SOURCE_IDS = ['federal-register', 'courtlistener', 'doj-press', 'congress', 'dof'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** The sources that find documents by agency and terms; each names an agency its own way. */
export const AGENCY_SOURCES = ['federal-register', 'doj-press', 'dof'] as const;
export type AgencySource = (typeof AGENCY_SOURCES)[number];

export const isSourceId = (value: string): value is SourceId =>
  (SOURCE_IDS as readonly string[]).includes(value);
