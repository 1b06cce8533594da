/**
 * Texts of the codebook page in English (the codes themselves come from the dataset); their shape is the
 * type every language follows.
 */
const en = {
  title: 'Codebook',
  description:
    'How every record is coded: event categories, jurisdictions, storyline stages, verification levels and statuses, each with how it is decided and examples.',
  contents: 'On this page',
  code: 'Code',
  decided: 'How it is decided',
  examples: 'Examples',
  stagesTitle: 'Storyline stages',
  stagesIntro:
    'Each storyline has its own stages, in the order they happen; each event belongs to at most one stage. The current stage is the last one the sources show reached, as of the storyline’s “status as of” date.',
  download: 'The codebook is also in the full dataset download, with the data it describes.',
};

export type CodebookMessages = typeof en;
export default en;
