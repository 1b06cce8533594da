/** Texts of the embeds (a metric panel or a storyline framed by another site), in English (the type every language follows). */
const en = {
  /** The link back to the page the embed comes from (it opens in a new tab). */
  openFull: {
    metrics: 'See the full panel on Iron River Tracker',
    storylines: 'See the full storyline on Iron River Tracker',
  },
  /** Where the chart goes, until the reader's browser has drawn it (or when it cannot: no script, no data). */
  chartDrawing: 'Drawing the chart… Every figure is also in the table below.',
  chartNotDrawn: 'The chart could not be drawn here; every figure is in the table below.',
  /** The sources of a storyline: of its status and of its events. */
  storylineSources: 'Sources for the status and the events',
  /**
   * The words a figure is stated with, for the chart drawn in the reader's browser (whose script
   * carries no catalog): the catalogs' `qualifier` and `metrics.range`, which a test keeps equal.
   */
  figureWords: {
    qualifier: { approx: 'about', nearly: 'nearly', 'up-to': 'up to', 'more-than': 'more than' },
    metrics: { range: (low: string, high: string) => `${low} to ${high}` },
  },
};

export type EmbedMessages = typeof en;
export default en;
