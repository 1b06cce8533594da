// With its extension, so Node can run this file directly (the benchmark does).
import { CATEGORIES, JURISDICTIONS } from '../../src/data/events/values.ts';

/** The parts of the published dataset the generator draws references from. */
export interface SyntheticBase {
  events: { data: unknown[] };
  storylines: { data: { id: string; stages: { id: string }[] }[] };
  sources: { data: { id: string }[] };
  actors: { data: { id: string }[] };
}

/** Small deterministic PRNG (mulberry32) so the large dataset is the same on every run. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERIFICATION = ['confirmed', 'confirmed', 'confirmed', 'single-source', 'disputed'];

/**
 * Plain TypeScript with no imports, so Node can run it directly (bench).
 * A synthetic, clearly labelled dataset of `count` events for scale tests.
 * References point at real storylines, actors and sources so every join resolves.
 */
export function syntheticEvents(base: SyntheticBase, count = 10_000, seed = 20261121) {
  const { events, storylines, sources, actors } = base;
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const start = Date.UTC(2000, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const out = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    const story = random() < 0.6 ? pick(storylines.data) : null;
    const stage = story ? pick(story.stages).id : null;
    const n = String(i + 1).padStart(5, '0');
    out.push({
      id: `synthetic-event-${n}`,
      date: { precision: 'day', start: day },
      title: {
        en: `Synthetic event ${n}: ${pick(CATEGORIES)} in México`,
        es: `Evento sintético ${n}: ${pick(CATEGORIES)} en México`,
      },
      summary: {
        en: `Generated test record ${n}. Not a real event.`,
        es: `Registro de prueba ${n}. No es un evento real.`,
      },
      category: pick(CATEGORIES),
      actors: [pick(actors.data).id, pick(actors.data).id].filter((v, k, all) => all.indexOf(v) === k),
      jurisdiction: pick(JURISDICTIONS),
      storyline: story?.id ?? null,
      stage,
      sources: [pick(sources.data).id],
      relatedEvents: [],
      relatedMetrics: [],
      verification: pick(VERIFICATION),
      notes: [],
      added: '2026-11-21',
      updated: '2026-11-21',
    });
  }
  return { apiVersion: 1, data: [...events.data, ...out] };
}
