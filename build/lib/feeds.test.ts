// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/dataset';
import { feedFiles } from './feeds';

const events = fixture('events').items;
const sources = new Map(fixture('sources').items.map((s) => [s.id, s]));
const storylines = fixture('storylines').items;
const SITE = 'https://tracker.example/irt/';
const files = new Map(
  feedFiles(
    { events, storylines, sources: [...sources.values()], lastUpdated: '2026-11-21T12:00:00Z' },
    SITE,
  ).map((f) => [f.fileName, f.source]),
);
const file = (name: string) => files.get(name) ?? '';

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
  it('writes an Atom and an iCalendar file for all events and for each storyline, in each language', () => {
    const expected = ['feeds/events', ...storylines.map((s) => `feeds/storylines/${s.id}`)].flatMap((path) =>
      ['en', 'es'].flatMap((lang) => [`${path}.${lang}.atom`, `${path}.${lang}.ics`]),
    );
    expect([...files.keys()].sort()).toEqual(expected.sort());
  });

  it('Atom: a valid feed with every event, linked absolutely to its page, dated by when it was added', () => {
    for (const lang of ['en', 'es'] as const) {
      const doc = new DOMParser().parseFromString(file(`feeds/events.${lang}.atom`), 'application/xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe(
        `${SITE}feeds/events.${lang}.atom`,
      );
      const entries = [...doc.querySelectorAll('entry')];
      expect(entries).toHaveLength(events.length);
      const signed = entries.find((e) => e.querySelector('id')?.textContent.endsWith(':event:bsca-signed'));
      const event = events.find((e) => e.id === 'bsca-signed');
      expect(signed?.querySelector('title')?.textContent).toBe(event?.title[lang]);
      expect(signed?.querySelector('link')?.getAttribute('href')).toBe(
        `${SITE}${lang === 'es' ? 'es/' : ''}events/bsca-signed`,
      );
      // An old event is news to a feed reader on the day it enters the dataset.
      expect(signed?.querySelector('published')?.textContent).toBe(`${event?.added ?? ''}T00:00:00Z`);
      const content = signed?.querySelector('content')?.textContent ?? '';
      for (const id of event?.sources ?? []) expect(content).toContain(sources.get(id)?.url ?? '?');
    }
  });

  it('iCalendar: every event dated to the day, all-day, with a link back and when it last changed', () => {
    const dated = events.filter((e) => e.date.precision === 'day' && e.date.start.length === 10);
    const ics = file('feeds/events.en.ics');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const list = vevents(ics);
    expect(list).toHaveLength(dated.length);
    const signed = list.find((v) => v.UID === 'bsca-signed@iron-river-tracker');
    expect(signed?.['DTSTART;VALUE=DATE']).toBe('20220625');
    expect(signed?.['DTEND;VALUE=DATE']).toBe('20220626');
    expect(signed?.URL).toBe(`${SITE}events/bsca-signed`);
    expect(signed?.['LAST-MODIFIED']).toBe(
      `${(events.find((e) => e.id === 'bsca-signed')?.updated ?? '').replace(/-/g, '')}T000000Z`,
    );
    expect(signed?.SUMMARY).toBe(
      (events.find((e) => e.id === 'bsca-signed')?.title.en ?? '').replace(/,/g, '\\,'),
    );
    expect(signed?.DESCRIPTION).toContain('https://');
  });

  it('storyline feeds hold only that storyline', () => {
    const story = events.filter((e) => e.storyline === 'bsca');
    const doc = new DOMParser().parseFromString(file('feeds/storylines/bsca.en.atom'), 'application/xml');
    expect([...doc.querySelectorAll('entry id')].map((id) => id.textContent.split(':').pop()).sort()).toEqual(
      story.map((e) => e.id).sort(),
    );
    expect(doc.querySelector('feed > link[rel="self"]')?.getAttribute('href')).toBe(
      `${SITE}feeds/storylines/bsca.en.atom`,
    );
  });
});
