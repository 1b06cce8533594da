// A content folder with `count` synthetic events added (clearly labelled, deterministic), for the
// scale check of the content build (npm run bench). The events are spread over 100 synthetic
// storylines whose stages are five-year spans, so the stage-order check has real work to do.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CATEGORIES, JURISDICTIONS } from '../../src/data/events/values.ts';

/** Small deterministic PRNG (mulberry32), as in mocks/data/synthetic.ts. */
function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ids = (dir, folder) =>
  readdirSync(join(dir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length));

/** Copies `from` (a content folder) to `to` and adds `count` events and 100 storylines. */
export function writeSyntheticContent(from, to, count = 10_000, seed = 20261121) {
  cpSync(from, to, { recursive: true });
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const actors = ids(to, 'actors');
  const sources = ids(to, 'sources');
  const spans = [2000, 2005, 2010, 2015, 2020, 2025];
  const storylines = Array.from(
    { length: 100 },
    (_, i) => `synthetic-storyline-${String(i + 1).padStart(3, '0')}`,
  );
  storylines.forEach((id, i) => {
    writeFileSync(
      join(to, 'storylines', `${id}.yaml`),
      stringify({
        title: { en: `Synthetic storyline ${String(i + 1)}`, es: `Historia sintética ${String(i + 1)}` },
        order: 1000 + i,
        whyItMatters: { en: 'Generated for the scale check.', es: 'Generada para la prueba de escala.' },
        status: {
          kind: 'active',
          text: { en: 'Generated.', es: 'Generada.' },
          currentStage: `from-${String(spans.at(-1))}`,
          asOf: '2026-11-01',
          sources: [sources[0]],
        },
        lastChecked: '2026-11-21',
        stages: spans.map((year) => ({
          id: `from-${String(year)}`,
          label: { en: `From ${String(year)}`, es: `Desde ${String(year)}` },
          explanation: { en: 'A five-year span.', es: 'Un periodo de cinco años.' },
        })),
        added: '2026-11-21',
      }),
    );
  });
  mkdirSync(join(to, 'events'), { recursive: true });
  const start = Date.UTC(2000, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  for (let i = 0; i < count; i++) {
    const day = new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10);
    const story = random() < 0.6 ? pick(storylines) : null;
    const year = Number(day.slice(0, 4));
    const stage = story ? `from-${String(spans.filter((s) => s <= year).at(-1))}` : null;
    const n = String(i + 1).padStart(5, '0');
    const category = pick(CATEGORIES);
    writeFileSync(
      join(to, 'events', `synthetic-event-${n}.yaml`),
      stringify({
        date: day,
        title: {
          en: `Synthetic event ${n}: ${category} in México`,
          es: `Evento sintético ${n}: ${category} en México`,
        },
        summary: {
          en: `Generated test record ${n}. Not a real event.`,
          es: `Registro de prueba ${n}. No es un evento real.`,
        },
        category,
        jurisdiction: pick(JURISDICTIONS),
        actors: [...new Set([pick(actors), pick(actors)])],
        ...(story ? { storyline: story, stage } : {}),
        verification: 'confirmed',
        sources: [pick(sources)],
        added: '2026-11-21',
      }),
    );
  }
}
