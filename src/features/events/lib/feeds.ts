import type { PolicyEvent } from '../api/contract';

/**
 * Atom and iCalendar feeds of events, written by the production build (see
 * vite.config.ts) into `feeds/`: all events and one feed per storyline, in
 * English and Spanish. Pure functions of the dataset, so tests can check
 * them against it. Links are relative to the feed's own URL, so the feeds
 * work under any base path.
 */
export type FeedLang = 'en' | 'es';

interface FeedSource {
  id: string;
  publisher: string;
  title: string;
  url: string;
}

export interface FeedInput {
  events: readonly PolicyEvent[];
  sources: ReadonlyMap<string, FeedSource>;
  /** Feed title and the path from the feed file to the site root (`../` or `../../`). */
  title: string;
  toRoot: string;
  /** Feed id (a tag URI) and its last update (ISO timestamp). */
  id: string;
  updated: string;
  lang: FeedLang;
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

/** Newest first, by start date then id. */
function newestFirst(events: readonly PolicyEvent[]): PolicyEvent[] {
  return [...events].sort((a, b) =>
    a.date.start === b.date.start ? a.id.localeCompare(b.id) : a.date.start < b.date.start ? 1 : -1,
  );
}

export function toAtom({ events, sources, title, toRoot, id, updated, lang }: FeedInput): string {
  const entries = newestFirst(events).map((e) => {
    const cited = e.sources
      .map((s) => sources.get(s))
      .filter((s) => s !== undefined)
      .map(
        (s) => `<li>${escapeXml(s.publisher)}: <a href="${escapeXml(s.url)}">${escapeXml(s.title)}</a></li>`,
      )
      .join('');
    const html = `<p>${escapeXml(e.summary[lang])}</p><ul>${cited}</ul>`;
    return `  <entry>
    <id>tag:iron-river-tracker,2026:event:${e.id}</id>
    <title>${escapeXml(e.title[lang])}</title>
    <link rel="alternate" type="text/html" href="${toRoot}events/${e.id}${lang === 'es' ? '?lang=es' : ''}"/>
    <published>${toTimestamp(e.date.start)}</published>
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
  <link rel="alternate" type="text/html" href="${toRoot}timeline${lang === 'es' ? '?lang=es' : ''}"/>
${entries.join('\n')}
</feed>
`;
}

/** Text escaped for an iCalendar value. */
const escapeIcs = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = new TextEncoder().encode(ch).length;
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
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Events dated to the day, as all-day calendar entries (periods span their days). */
export function toICal({ events, sources, title, id, updated, lang }: FeedInput): string {
  const stamp = updated.replace(/[-:]/g, '').replace(/\.\d+/, '');
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
    const cited = e.sources
      .map((s) => sources.get(s))
      .filter((s) => s !== undefined)
      .map((s) => `${s.publisher}: ${s.title} <${s.url}>`)
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@iron-river-tracker`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(e.date.start)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(end))}`,
      `SUMMARY:${escapeIcs(e.title[lang])}`,
      `DESCRIPTION:${escapeIcs(`${e.summary[lang]}\n\n${cited}`)}`,
      `CATEGORIES:${e.category}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
