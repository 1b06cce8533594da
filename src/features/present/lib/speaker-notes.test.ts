import { describe, expect, it } from 'vitest';
import type { PolicyEvent } from '@/data/events/contract';
import type { Metric } from '@/data/metrics/contract';
import { formatElapsed } from '../components/speaker-clock';
import { speakerNotes } from './speaker-notes';
import { en } from '@/lib/i18n/messages/en';
import { es } from '@/lib/i18n/messages/es';

const text = (en: string) => ({ en, es: `${en} (es)` });
const event: PolicyEvent = {
  id: 'bsca-signed',
  date: { precision: 'day', start: '2022-06-25' },
  title: text('Signed'),
  summary: text('The slide’s own text'),
  category: 'legislation',
  actors: [],
  jurisdiction: 'us',
  storyline: 'bsca',
  stage: 'enacted',
  sources: ['s'],
  relatedEvents: [],
  relatedMetrics: [],
  verification: 'single-source',
  notes: [text('Passed 65–33 in the Senate.')],
  corrections: [{ date: '2026-11-30', reason: text('The vote count was corrected.') }],
  added: '2026-11-21',
  updated: '2026-11-30',
};
const metric = {
  id: 'bsca-prosecutions',
  title: text('People charged under the BSCA'),
  unit: 'count',
  observations: [
    { period: { start: '2022-06-25', end: '2023-06-14' }, value: 100, estimator: text('DOJ') },
    { period: { start: '2022-06-25', end: '2024-06-11' }, value: 500, estimator: text('DOJ') },
  ],
} as unknown as Metric;

describe('speaker notes', () => {
  it('are the presenter’s material, not the slide again', () => {
    const lines = speakerNotes(event, 'en', en.speakerNotes, ['H.R. 2938, 117th Congress']);
    expect(lines.map((l) => l.text)).not.toContain(event.summary.en);
    expect(lines).toContainEqual({ kind: 'note', text: 'Passed 65–33 in the Senate.' });
    expect(lines).toContainEqual({
      kind: 'correction',
      text: 'Corrected November 30, 2026: The vote count was corrected.',
    });
    expect(lines).toContainEqual({ kind: 'identifier', text: 'H.R. 2938, 117th Congress' });
  });

  it('say how sure an event is, and give the panel’s latest figure with its period and estimator', () => {
    const lines = speakerNotes(event, 'es', es.speakerNotes, [], metric, (v) => `${String(v)} personas`);
    expect(lines[0]).toEqual({ kind: 'caution', text: 'Solo una fuente lo afirma: dígalo si le preguntan.' });
    const figure = lines.find((l) => l.kind === 'figure');
    expect(figure?.text).toMatch(/^Cifra más reciente, People charged under the BSCA \(es\): 500 personas /);
    expect(figure?.text).toContain('DOJ (es)');
  });

  it('time the talk', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });
});
