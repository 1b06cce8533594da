/** UI text of a metric panel in English (its shape is the type every language follows). */
const en = {
  tabs: 'Views of this figure',
  tab: { chart: 'Chart', table: 'Table', sources: 'Sources' },
  chartDesc: (n: number) =>
    `${String(n)} published figures, each over the period it covers. The same data is in the Table tab.`,
  markers: 'Policy events on the chart',
  markersHint:
    'Numbered dotted lines and shaded spans mark events of the chosen storylines; choose one to open it.',
  markedEvents: 'Marked events',
  noYear: 'no published figure',
  gapsNote: 'Empty years have no published figure; they are gaps, not zeros.',
  download: 'Download',
  csv: 'CSV (data shown, with sources)',
  imageFailed: 'The image could not be drawn. Reload the page and try again; the CSV download still works.',
  loadingChart: 'Loading chart…',
  sourcesTitle: 'Sources for these figures',
  figureOf: (value: string, period: string, estimator: string) => `${value} · ${period} · ${estimator}`,
  legend: 'Key',
  keys: {
    disputed: 'Dashed outline: sources disagree about this figure (each is shown)',
    partial: 'Hatched: a figure for part of the year only',
    gap: 'Empty slot: no published figure for that year (a gap, not a zero)',
    reference: 'Dashed line or diamond: a different measure, drawn for reference',
    since: 'Dotted along the axis: where the running total starts',
    hollow: 'Hollow dot: sources disagree about this total (each is shown)',
    approximate: '≈ above a bar: a rounded or approximate figure',
    nested:
      'Thin bar over a thick one: two figures about as high for overlapping years (the thin one covers less time)',
    spanRange: 'Open box: the low–high range a source gives, over the period it covers',
    events: 'Numbered dotted line or shaded span: a policy event, listed under the chart',
    ranges:
      'Dot: an estimate’s figure; bar: the low–high range its source gives; line with end marks: a statistical range around a figure (named in the row)',
  },
  tooManyMarkers: (n: number) =>
    `${String(n)} events in the chosen storylines: too many to mark legibly, so none is drawn. Choose fewer storylines, or open an event from the list.`,
  fiscalYear: (year: number) => `FY${String(year)}`,
  years: (n: number) => `${String(n)} year${n === 1 ? '' : 's'}`,
  totalsNote:
    'Each bar spans the years one published total covers, with the total written beside it. Totals over different periods are not yearly counts: they cannot be compared as a rise or a fall, added up or subtracted.',
  stepsNote:
    'Running totals: each step is a newly published total since the start date; nothing is drawn between two published totals but a flat line.',
  contextNote: 'Context, not a measure of trafficking: it shows what surrounds the topic.',
  statementsNote:
    'Dated statements, newest first. They are listed rather than drawn because they measure different things, each in its own unit.',
  statedOn: 'Stated',
  caveatsBelow:
    'Read the caveats below before comparing these figures; every figure is in the Table tab with its source.',
  method: 'How these estimates were made',
  computed: 'Computed here from the published counts',
  gapLabel: (year: string) => `${year}: no published figure`,
  disputedKey: 'Dashed: sources disagree about this figure',
  ownScale: 'own scale',
  logScale:
    'Logarithmic scale: each step along the axis is ten times the one before, so figures of very different size both show.',
  rail: {
    title: 'Figures on the same time scale',
    key: 'Vertical lines and shaded bands mark the events of each panel’s storylines (the selected event stands out); each bar is a figure over the period it covers, dashed where sources disagree.',
    hint: 'These charts follow the timeline: zoom or pan it and they move with it. The selected event is marked on each; choose a marker to select its event.',
    choose: 'Charts beside the timeline',
    hide: 'Hide charts',
    show: 'Show charts',
    unknown: (ids: string) => `Unknown chart ignored: ${ids}`,
    open: 'Open panel',
    nothingInRange: 'No published figure in this time range.',
    crowded: (n: string) => `${n} policy events in this range: zoom in to see them marked.`,
  },
};

export type PanelMessages = typeof en;
export default en;
