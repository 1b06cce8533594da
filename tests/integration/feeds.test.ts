import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { PolicyEvent } from '@/features/events/api/contract';
import { toAtom, toICal } from '@/features/events/lib/feeds';

const read = (name: string): unknown =>
  (
    JSON.parse(readFileSync(`public/api/v1/${name}.json`, 'utf8')) as {
      data: unknown;
    }
  ).data;
const events = read('events') as PolicyEvent[];
const sources = new Map(
  (read('sources') as { id: string; publisher: string; title: string; url: string }[]).map((s) => [s.id, s]),
);
const input = (lang: 'en' | 'es', list = events, toRoot = '../') => ({
  events: list,
  sources,
  title: 'Iron River Tracker',
  toRoot,
  id: `tag:iron-river-tracker,2026:all:${lang}`,
  updated: '2026-11-21T12:00:00Z',
  lang,
});

/** Unfolds iCalendar lines (RFC 5545 §3.1) and reads the properties of each VEVENT. */
function vevents(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = null;
    } else if (current) {
      const i = line.indexOf(':');
      current[line.slice(0, i)] = line.slice(i + 1);
    }
  }
  return out;
}

describe('feeds written by the build', () => {
  it('Atom: a valid feed with every event, newest first, linked to its page, with its sources', () => {
    for (const lang of ['en', 'es'] as const) {
      const doc = new DOMParser().parseFromString(toAtom(input(lang)), 'application/xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      const entries = [...doc.querySelectorAll('entry')];
      expect(entries).toHaveLength(events.length);
      const published = entries.map((e) => e.querySelector('published')?.textContent ?? '');
      expect([...published].sort().reverse()).toEqual(published);
      const bsca = entries.find((e) => e.querySelector('id')?.textContent.endsWith(':event:bsca-signed'));
      const event = events.find((e) => e.id === 'bsca-signed');
      expect(bsca?.querySelector('title')?.textContent).toBe(event?.title[lang]);
      expect(bsca?.querySelector('link')?.getAttribute('href')).toBe(
        `../events/bsca-signed${lang === 'es' ? '?lang=es' : ''}`,
      );
      const content = bsca?.querySelector('content')?.textContent ?? '';
      for (const id of event?.sources ?? []) expect(content).toContain(sources.get(id)?.url ?? '?');
    }
  });

  it('iCalendar: every event dated to the day, all-day, with title, summary and sources', () => {
    const dated = events.filter((e) => e.date.precision === 'day' && e.date.start.length === 10);
    const ics = toICal(input('en'));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const list = vevents(ics);
    expect(list).toHaveLength(dated.length);
    const signed = list.find((v) => v.UID === 'bsca-signed@iron-river-tracker');
    expect(signed?.['DTSTART;VALUE=DATE']).toBe('20220625');
    expect(signed?.['DTEND;VALUE=DATE']).toBe('20220626');
    const title = events.find((e) => e.id === 'bsca-signed')?.title.en ?? '';
    expect(signed?.SUMMARY).toBe(title.replace(/,/g, '\\,'));
    expect(signed?.DESCRIPTION).toContain('https://');
  });

  it('storyline feeds hold only that storyline, linked two folders up', () => {
    const story = events.filter((e) => e.storyline === 'bsca');
    const doc = new DOMParser().parseFromString(toAtom(input('en', story, '../../')), 'application/xml');
    expect(doc.querySelectorAll('entry')).toHaveLength(story.length);
    expect(doc.querySelector('entry link')?.getAttribute('href')).toMatch(/^\.\.\/\.\.\/events\//);
  });
});
