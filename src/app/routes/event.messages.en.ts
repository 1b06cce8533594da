/** Texts of the event page in English (their shape is the type every language follows). */
const en = {
  suggestHint:
    'Tell the editors what is wrong and where it is shown; the form opens with this record filled in.',
  added: 'Added',
  updated: 'Last updated',
  identifiers: 'Cited as',
  context: 'Context',
  contextNote: 'Context rather than trafficking policy: kept because the storyline’s sources tie it in.',
};

export type EventMessages = typeof en;
export default en;
