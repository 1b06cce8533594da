import type { DeckProblem } from './lib/built-deck';
import type { DeckLinkError } from './lib/deck-link';

const kinds: Record<string, string> = {
  string: 'text',
  number: 'a number',
  array: 'a list',
  object: 'an object',
};

/** What is wrong with a deck's file or link, in words. */
const problem = (p: DeckProblem) => {
  const where = p.where ? `“${p.where}”` : 'The deck';
  switch (p.what) {
    case 'type':
      return `${where} is missing or is not ${kinds[p.detail] ?? p.detail}.`;
    case 'value':
      return `${where} is not one of the values allowed (${p.detail}).`;
    case 'format':
      return `${where} is not an id (lower-case words joined by hyphens).`;
    case 'too-long':
      return `${where} is too long (at most ${p.detail} characters).`;
    case 'too-many':
      return `${where} has too many slides (at most ${p.detail}).`;
    case 'twice':
      return `${where} lists the same slide twice.`;
    default:
      return `${where} is not valid.`;
  }
};

/** Texts of built decks (the builder, and presenting one) in English: the type every language follows. */
const en = {
  pageTitle: 'Build a deck',
  description:
    'Choose events and metric panels, put them in order and write what you will say; present the deck, share it as a link or a file.',
  intro:
    'Choose events and metric panels, put them in order and write what you will say. Your work is kept in this browser as you go; save a deck to keep several, and share it as a link or a file.',
  startedFrom: (n: number) => `Started a deck from ${String(n)} event${n === 1 ? '' : 's'}.`,
  startedFromDeck: 'Started a deck from the one you opened.',
  keptAs: (name: string) => `The deck you were building before is kept in your saved decks, as “${name}”.`,
  keptPrevious: 'The browser did not keep the deck you were building before:',
  restore: 'Bring it back',
  restored: 'Brought back the deck you were building.',
  skipped: (list: string) => `Left out, as this dataset does not have them: ${list}.`,
  eventWord: 'event',
  panelWord: 'panel',
  untitled: 'Untitled deck',

  titleSection: 'Title slide',
  title: 'Title',
  subtitle: 'Subtitle',
  noteLabel: 'Your note (speaker view only)',
  noteHint:
    'Notes show in the speaker view, and on a handout printed with notes; never on the slides the room sees.',

  slidesSection: (n: number) => `Slides (${String(n)})`,
  noSlides: 'No slides yet. Add events or metric panels below: a deck needs at least one.',
  eventKind: 'Event',
  panelKind: 'Metric panel',
  position: (n: number) => `Slide ${String(n + 1)}`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  drag: 'Drag to reorder (or use Move up and Move down)',
  moved: (title: string, position: number, total: number) =>
    `Moved ${title} to position ${String(position)} of ${String(total)}`,
  added: (title: string, position: number) => `Added ${title} as slide ${String(position)}.`,
  removed: (title: string) => `Removed ${title}.`,
  undo: 'Undo',
  undone: 'Undone.',

  addSection: 'Add slides',
  searchEvents: 'Search the events',
  searchHint: 'By title, summary, year or id.',
  noMatch: (q: string) => `No event matches “${q}”.`,
  more: (n: number) => `${String(n)} more: narrow the search to see them.`,
  add: 'Add',
  inDeck: 'In the deck',
  full: (n: number) => `A deck holds at most ${String(n)} slides.`,
  panel: 'Metric panel',
  addPanel: 'Add the panel',

  closingSection: 'Closing slide',
  closing: 'Closing words',

  shareSection: 'Present and share',
  needSlide: 'Add at least one slide to present or share this deck.',
  present: 'Present this deck',
  link: 'Link to this deck',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Could not copy: select the link and copy it.',
  linkLength: (n: string, limit: string) => `${n} of ${limit} characters (safe in email and chat).`,
  linkTooLong: (n: string, limit: string) =>
    `This link is ${n} characters long, over the ${limit} that email clients and chat apps carry safely: it may arrive cut short. Share the deck as a file instead (Export below), or shorten its notes.`,
  exportFile: 'Export as a file (JSON)',
  importFile: 'Import a file',
  imported: (title: string) => `Imported “${title}”.`,
  badFile: {
    'not-json': 'This file is not JSON, so no deck was imported.',
    'not-a-deck': 'This file is not an exported deck, so no deck was imported.',
    newer: 'This file comes from a newer version of the tracker, so no deck was imported.',
  },
  badFileProblem: (what: string) => `This file cannot be imported: ${what} Nothing was changed.`,
  problem,

  savedSection: 'Saved decks',
  save: 'Save in this browser',
  saveChanges: 'Save changes',
  saveNew: 'Save as a new deck',
  editing: (name: string) => `This is your saved deck “${name}”.`,
  unsavedChanges: 'It has changes not saved yet.',
  none: 'No saved decks yet.',
  open: 'Open',
  rename: 'Rename',
  done: 'Done',
  delete: 'Delete',
  savedOn: (date: string) => `saved ${date}`,
  saved: (name: string) => `Saved “${name}”.`,
  opened: (name: string) => `Opened “${name}”.`,
  deleted: (name: string) => `Deleted “${name}”.`,
  renamed: (name: string) => `Renamed to “${name}”.`,
  notSaved: 'The browser did not save this change: export the deck as a file to keep it.',

  linkErrors: {
    'too-long': 'This deck link is longer than any deck can be, so it was not read.',
    'not-a-deck': 'This link does not hold a deck: the part after “d=” is not one.',
    damaged: 'This deck link is damaged or cut short (did it arrive whole?), so it cannot be read.',
    newer: 'This deck link comes from a newer version of the tracker, so it cannot be read here.',
    invalid: 'This deck link cannot be read:',
  } satisfies Record<DeckLinkError, string>,
  badLinkTitle: 'This deck cannot be shown',
  openBuilder: 'Build a deck',

  qr: 'QR code of the link to this deck',
  qrCaption: 'These slides, on your phone',
  qrTooLong: 'The link is too long for a QR code.',
  endOfDeck: 'End of the presentation',
};

export type DeckMessages = typeof en;
export default en;
