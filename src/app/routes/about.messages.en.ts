/** Texts of the About page in English (their shape is the type every language follows). */
const en = {
  title: 'About the tracker',
  coverageTitle: 'What it covers',
  coverage: [
    'Iron River Tracker follows U.S. and Mexican policy on firearms trafficking from the United States to Mexico: enforcement programs, funding decisions, laws, lawsuits, terrorist designations, diplomacy and official reports, alongside the figures people cite about the flow of guns.',
    'It is built for policy staff who monitor developments, advocates who present them, and students who want to understand them.',
  ],
  methodTitle: 'Method',
  method: [
    'Every event and figure comes from a verified compilation of facts in which each item has a source and the passage that supports it. Primary sources (courts, agencies, legislatures, the publisher’s own page) are preferred; a copy or repost is kept only where it is the only source, and its publisher line says so. Links are given over https.',
    'Where sources disagree, both are shown, each with its own source. Estimates are never averaged into one figure. Items that could not be verified are left out, or shown only as disputed. A claim found in only one source is labelled “single source”.',
    'Each storyline says how current it is: its status is “as of” the date of the latest source checked for it, and it says when an editor last checked. Silence after that date is not news.',
  ],
  codebookLink:
    'How each record is coded (categories, jurisdictions, stages, verification levels, statuses), with examples:',
  changesLink: 'Every release of the dataset and what it changed, with the reasons for corrections:',
  levelsTitle: 'Verification levels',
  correctionsTitle: 'Corrections to commonly repeated claims',
  corrections: [
    'Operation Southbound was not new in June 2023: ATF established it in April 2020, and the June 2023 meeting surged resources to it.',
    'Mexico’s 2021 suit named seven U.S. manufacturers (plus two foreign parent companies) and one wholesaler, not “eight manufacturers”.',
    'The Inter-American Court’s advisory opinion is no longer pending: OC-30/25 was adopted on 3 December 2025 and made public on 5 March 2026.',
    'The Supreme Court did not leave liability open for “willful negligence”: it held unanimously that Mexico had not plausibly alleged aiding and abetting, so the PLCAA bars the suit.',
    'The widely cited “about 213,000 guns a year” is the peer-reviewed version of a study whose 2013 working paper said 253,000.',
  ],
  contributeTitle: 'Add or correct an event',
  contribute: [
    'The dataset is kept in the project’s repository as one plain-text (YAML) file per record, in both languages, under content/. An editor adds an event with npm run data:new event, fills in every field with a source for each date and figure, and runs npm run data:check, which names any mistake by file, line and field. A correction keeps a dated reason, which the change log shows. Editors who prefer a spreadsheet can export the events to CSV and import them back (the project’s README and content/README.md explain each step).',
  ],
  suggest: 'Found something wrong? Tell the editors:',
  suggestNone:
    'This copy of the tracker has no address for corrections configured; whoever publishes it can set one (see the project’s README, “Corrections”).',
  downloadTitle: 'Download the data',
  download: (version: string) =>
    `The full dataset, version ${version}: the contract’s JSON files, a CSV per resource (UTF-8, opens in Excel) and the codebook, in one zip file.`,
  downloadLink: (version: string) => `iron-river-tracker-${version}.zip`,
  contractTitle: 'Data contract',
  contract:
    'The app reads its data only through a documented, versioned set of JSON resources under one base URL, and checks every response against the contract. Another team can serve the same contract from its own backend and point the app at it. The resources:',
  licenseTitle: 'Licence',
  license:
    'Code under the MIT licence; data under CC BY 4.0, citing Iron River Tracker and the dataset version.',
  factSheet: 'Facts compiled',
};

export type AboutMessages = typeof en;
export default en;
