/** Texts of a storyline’s currency in English (their shape is the type every language follows). */
const en = {
  statusAsOfHint: 'the date of the latest source checked for this status',
  lastChecked: (date: string) => `Last checked by an editor on ${date}`,
  monitorChecked: (date: string) => `Its official sources last checked by the monitor on ${date}`,
  statusSources: 'The status rests on',
  quiet: (date: string) =>
    `Nothing has been recorded in this storyline since ${date}. That is not news in itself: the tracker may simply have no newer source.`,
};

export type StorylineMessages = typeof en;
export default en;
