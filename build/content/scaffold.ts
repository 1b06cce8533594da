/**
 * `npm run data:new <kind> <id>`: a new content file with every field, each with a comment saying
 * what goes there. The file does not pass `npm run data:check` until it is filled in: its
 * placeholders are written to fail, so a half-done record is never published.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';

const today = () => new Date().toISOString().slice(0, 10);

export const TEMPLATES = {
  event: (
    day: string,
  ) => `# An event: one dated policy action, court ruling or filing, official report or statement.
# The file name is its id. Every date and figure needs a source. See content/README.md.
date: TODO # 2022-06-25, 2022-06 or 2022; a period: { start: 2009-10, end: 2011-01 }; a U.S. fiscal year: { fiscalYear: 2022 }
title:
  en: TODO # a short headline in plain English
  es: TODO # the same in Spanish
summary:
  en: TODO # one to three sentences a general reader understands
  es: TODO
category: TODO # enforcement, funding, legislation, litigation, designation, diplomacy, executive-action, report or investigation
jurisdiction: TODO # us, mx, bilateral or international (Mexico's own actions are mx)
actors: [] # ids of content/actors/*.yaml
# storyline: TODO # the id of a content/storylines/*.yaml, if it belongs to one
# stage: TODO # then one of that storyline's stage ids
verification: TODO # confirmed, single-source (only one source states it) or disputed (sources disagree: say how in notes)
# context: true # only for trade, tariff or cartel-leadership items a storyline's own sources tie to arms trafficking
sources: # ids of content/sources/*.yaml; add the passage that supports this event when it is not the source's own quote
  - TODO
  # - id: TODO
  #   quote: TODO
# identifiers: # what people cite the matter by; each becomes a link
#   - { kind: bill, congress: 117, number: S. 2938 }
#   - { kind: public-law, number: 117-159 }
#   - { kind: federal-register, number: 2024-07838 }
#   - { kind: docket, court: D. Ariz., number: "4:22-cv-00472", caseName: TODO }
#   - { kind: report, number: GAO-21-322 }
# related:
#   events: [] # ids of related events
#   metrics: [] # ids of metric panels that show its figures
# notes: # caveats a reader should know, in both languages
#   - en: TODO
#     es: TODO
added: ${day} # the day it enters the dataset (include it in a release: content/releases.yaml)
# changes: # later changes that are not corrections: [{ date, note: { en, es } }]
# corrections: # corrections, shown with the event: [{ date, reason: { en, es } }]
`,
  storyline: (
    day: string,
  ) => `# A storyline: a policy or case followed through its stages. Events name their storyline and stage.
title:
  en: TODO
  es: TODO
whyItMatters:
  en: TODO # plain language: what is at stake
  es: TODO
status:
  kind: TODO # pending, active, decided, in-force, ended, complete or under-review
  text:
    en: TODO # where it stands, and since when
    es: TODO
  # currentStage: TODO # one of the stage ids below
  asOf: TODO # the date of the latest source checked for this status (YYYY-MM-DD)
  # sources: [] # the sources the status rests on
lastChecked: ${day} # when an editor last looked at it
stages: # in the order they happen
  - id: TODO
    label: { en: TODO, es: TODO }
    explanation: { en: TODO, es: TODO }
# venues: [{ actor: TODO, level: district }] # district, appeals, supreme or international
added: ${day}
`,
  source: () => `# A source: a document that supports dates and figures. Prefer the primary document.
publisher: TODO # who published it; or { en: …, es: … } if the name differs by language
# copy: { at: TODO } # if this link is a copy or repost of the publisher's page: the site it is on
title: TODO # the document's own title
date: TODO # its date (2022-06-25, 2022-06 or 2022), or null if it gives none
url: TODO # https only
kind: TODO # government, court, legislative, news, academic or ngo
language: TODO # en or es
quote: TODO # a short passage that supports the claim, in the source's language
`,
  metric: (day: string) => `# A metric panel: one measured quantity and every figure published for it.
title:
  en: TODO
  es: TODO
description:
  en: TODO
  es: TODO
unit: TODO # firearms-per-year, firearms, percent, percent-change, defendants or usd
timeBased: true # false for figures compared side by side rather than placed in time
caveats: [] # what a reader must know: [{ en, es }]
defaultEventStorylines: [] # storylines whose events are marked on the chart
# headline: { card: share, series: TODO } # feeds an overview card: estimates, share, seizures-us or seizures-mx
observations: [] # add figures with: npm run data:new observation <this file's id>
added: ${day}
`,
  observation: () => ({
    id: 'TODO',
    series: 'TODO',
    period: { start: 'TODO', end: 'TODO' },
    value: 'TODO',
    estimator: { en: 'TODO', es: 'TODO' },
    sources: ['TODO'],
    verification: 'TODO',
  }),
} as const;

export type NewKind = keyof typeof TEMPLATES;
const FOLDER: Record<Exclude<NewKind, 'observation'>, string> = {
  event: 'events',
  storyline: 'storylines',
  source: 'sources',
  metric: 'metrics',
};

/** Writes the new file (or the new figure into its metric) and says where; throws if that would overwrite. */
export function scaffold(root: string, kind: NewKind, id: string, day = today()): string {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))
    throw new Error(`"${id}" is not an id: use lower-case words joined by hyphens`);
  if (kind === 'observation') {
    const file = join(root, 'metrics', `${id}.yaml`);
    if (!existsSync(file)) throw new Error(`There is no metric ${id} (content/metrics/${id}.yaml)`);
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const list = doc.get('observations', true);
    const node = doc.createNode(TEMPLATES.observation());
    node.commentBefore =
      ' A new figure: its id, series, period (start, end), value (or low/high), estimator, sources and\n verification (confirmed, single-source or disputed); see content/README.md.';
    if (isSeq(list)) list.items.push(node);
    else doc.set('observations', doc.createNode([TEMPLATES.observation()]));
    if (!isMap(doc.contents)) throw new Error(`${file} is not a metric file`);
    writeFileSync(file, doc.toString());
    return file;
  }
  const file = join(root, FOLDER[kind], `${id}.yaml`);
  if (existsSync(file)) throw new Error(`${file} exists already`);
  writeFileSync(file, TEMPLATES[kind](day));
  return file;
}
