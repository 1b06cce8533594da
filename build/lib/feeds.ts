import type { PolicyEvent } from '@/data/events/contract';
import type { Source } from '@/data/sources/contract';
import { LANGS, type Lang } from '@/lib/i18n/langs';
import { href } from '@/config/paths';
import { localize } from '@/lib/i18n/lang';

/**
 * Atom and iCalendar feeds of events, written by the production build into `feeds/`: all events
 * and one feed per storyline, in each language. Pure functions of the validated dataset, so tests
 * can check them against it. Every link is absolute (from SITE_URL): feed readers and calendars
 * resolve relative links differently, or not at all.
 */
export interface FeedInput {
  events: readonly PolicyEvent[];
  sources: ReadonlyMap<string, Pick<Source, 'publisher' | 'title' | 'url'>>;
  /** Absolute URL of the site's base path, with a trailing slash. */
  site: string;
  /** The feed's own path from the site's base, without extension (`feeds/events`). */
  path: string;
  title: string;
  /** Feed id (a tag URI) and its last update (ISO timestamp). */
  id: string;
  updated: string;
  lang: Lang;
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as an RFC 3339 timestamp at its start. */
export function toTimestamp(date: string): string {
  const [y = '1970', m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

/** An app path (`/events/x`) as an absolute URL on the site, in the feed's language. */
function absolute(site: string, path: string, lang: Lang): string {
  return new URL(localize(path, lang).replace(/^\//, ''), site).href;
}

/** Newest first, by start date then id. */
function newestFirst(events: readonly PolicyEvent[]): PolicyEvent[] {
  return [...events].sort((a, b) =>
    a.date.start === b.date.start ? a.id.localeCompare(b.id) : a.date.start < b.date.start ? 1 : -1,
  );
}

function cited(event: PolicyEvent, sources: FeedInput['sources']) {
  return event.sources.map((s) => sources.get(s)).filter((s) => s !== undefined);
}

export function toAtom({ events, sources, site, path, title, id, updated, lang }: FeedInput): string {
  const entries = newestFirst(events).map((e) => {
    const list = cited(e, sources)
      .map(
        (s) => `<li>${escapeXml(s.publisher)}: <a href="${escapeXml(s.url)}">${escapeXml(s.title)}</a></li>`,
      )
      .join('');
    const html = `<p>${escapeXml(e.summary[lang])}</p><ul>${list}</ul>`;
    // `published` is when the event entered the dataset: an old event added today is news to a reader.
    return `  <entry>
    <id>tag:iron-river-tracker,2026:event:${e.id}</id>
    <title>${escapeXml(e.title[lang])}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(absolute(site, href('event', { id: e.id }), lang))}"/>
    <published>${toTimestamp(e.added)}</published>
    <updated>${toTimestamp(e.updated)}</updated>
    <summary>${escapeXml(e.summary[lang])}</summary>
    <content type="html">${escapeXml(html)}</content>
    <category term="${e.category}"/>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <id>${id}</id>
  <title>${escapeXml(title)}</title>
  <updated>${updated}</updated>
  <author><name>Iron River Tracker</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(new URL(`${path}.${lang}.atom`, site).href)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absolute(site, href('timeline'), lang))}"/>
${entries.join('\n')}
</feed>
`;
}

/** Text escaped for an iCalendar value. */
const escapeIcs = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (bytes + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const icsDate = (date: string) => date.replace(/-/g, '');
/** An ISO timestamp or date as an iCalendar UTC date-time (`20261121T120000Z`). */
const icsStamp = (iso: string) => (iso.length === 10 ? toTimestamp(iso) : iso).replace(/[-:]|\.\d+/g, '');

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Events dated to the day, as all-day calendar entries (periods span their days). */
export function toICal({ events, sources, site, title, id, updated, lang }: FeedInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Iron River Tracker//Feeds//${lang.toUpperCase()}`,
    `X-WR-RELCALID:${id}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeIcs(title)}`,
  ];
  for (const e of newestFirst(events)) {
    if (e.date.precision !== 'day' || e.date.start.length !== 10) continue;
    const end = e.date.end && e.date.end.length === 10 ? e.date.end : e.date.start;
    const list = cited(e, sources)
      .map((s) => `${s.publisher}: ${s.title} <${s.url}>`)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@iron-river-tracker`,
      `DTSTAMP:${icsStamp(updated)}`,
      // When the record last changed, so subscribed calendars replace a corrected copy.
      `LAST-MODIFIED:${icsStamp(e.updated)}`,
      `DTSTART;VALUE=DATE:${icsDate(e.date.start)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(end))}`,
      `SUMMARY:${escapeIcs(e.title[lang])}`,
      `DESCRIPTION:${escapeIcs(`${e.summary[lang]}\n\n${list}`)}`,
      `URL:${absolute(site, href('event', { id: e.id }), lang)}`,
      `CATEGORIES:${e.category}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** Every feed file the build writes (`feeds/events.en.atom`, `feeds/storylines/bsca.es.ics`, …). */
export function feedFiles(
  data: {
    events: readonly PolicyEvent[];
    storylines: readonly { id: string; title: Record<Lang, string> }[];
    sources: readonly Source[];
    lastUpdated: string;
  },
  site: string,
): { fileName: string; source: string }[] {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const all: Record<Lang, string> = {
    en: 'Iron River Tracker: all events',
    es: 'Iron River Tracker: todos los eventos',
  };
  const sets = [
    { path: 'feeds/events', title: (l: Lang) => all[l], events: data.events, tag: 'all' },
    ...data.storylines.map((s) => ({
      path: `feeds/storylines/${s.id}`,
      title: (l: Lang) => `Iron River Tracker: ${s.title[l]}`,
      events: data.events.filter((e) => e.storyline === s.id),
      tag: `storyline:${s.id}`,
    })),
  ];
  return sets.flatMap((set) =>
    LANGS.flatMap((lang) => {
      const input: FeedInput = {
        events: set.events,
        sources,
        site,
        path: set.path,
        title: set.title(lang),
        id: `tag:iron-river-tracker,2026:${set.tag}:${lang}`,
        updated: data.lastUpdated,
        lang,
      };
      return [
        { fileName: `${set.path}.${lang}.atom`, source: toAtom(input) },
        { fileName: `${set.path}.${lang}.ics`, source: toICal(input) },
      ];
    }),
  );
}
