import { describe, expect, it } from 'vitest';
import { readDataset } from '../../build/lib/dataset';
import { datasetDir } from '../../build/vite/dataset';

/**
 * The published dataset (or DATASET_DIR), read and validated exactly as the build reads it: every
 * resource valid as a whole and record by record, or `readDataset` throws. The checks below are
 * about integrity (references, dates, sources, Spanish), never counts or id lists that change
 * when a record is added.
 */
const { values } = readDataset(datasetDir());
const events = values.events.items;
const storylines = values.storylines.items;
const metrics = values.metrics.items;
const sources = values.sources.items;
const actors = values.actors.items;
const glossary = values.glossary.items;
const meta = values.meta;
const decks = values.decks.items;

const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
const sourceIds = ids(sources);

describe('published dataset', () => {
  it.each([
    ['events', events],
    ['storylines', storylines],
    ['metrics', metrics],
    ['sources', sources],
    ['actors', actors],
    ['glossary', glossary],
  ] as const)('has unique ids in %s', (_name, list) => {
    expect(ids(list).size).toBe(list.length);
  });

  it('resolves every reference from events', () => {
    const storylineIds = ids(storylines);
    const actorIds = ids(actors);
    const eventIds = ids(events);
    const metricIds = ids(metrics);
    for (const e of events) {
      for (const s of e.sources) expect(sourceIds, `${e.id} → source ${s}`).toContain(s);
      for (const a of e.actors) expect(actorIds, `${e.id} → actor ${a}`).toContain(a);
      for (const r of e.relatedEvents) expect(eventIds, `${e.id} → event ${r}`).toContain(r);
      for (const r of e.relatedMetrics) expect(metricIds, `${e.id} → metric ${r}`).toContain(r);
      if (e.storyline) {
        expect(storylineIds, `${e.id} → storyline`).toContain(e.storyline);
        const stages = storylines.find((s) => s.id === e.storyline)?.stages.map((s) => s.id);
        expect(stages, `${e.id} → stage ${String(e.stage)}`).toContain(e.stage);
      } else {
        expect(e.stage).toBeNull();
      }
    }
  });

  it('builds every curated deck from events that exist, each once', () => {
    const known = ids(events);
    for (const deck of decks) {
      for (const id of deck.events) expect(known.has(id), `${deck.id} → ${id}`).toBe(true);
      expect(new Set(deck.events).size).toBe(deck.events.length);
    }
    expect(decks.find((d) => d.id === 'iron-river-in-ten-events')?.events).toHaveLength(10);
  });

  it('resolves every reference from storylines, metrics and the changelog', () => {
    const eventIds = ids(events);
    for (const s of storylines) {
      for (const stage of s.stages) for (const e of stage.events) expect(eventIds).toContain(e);
      if (s.status.currentStage) expect(s.stages.map((x) => x.id)).toContain(s.status.currentStage);
      for (const v of s.venues) expect(ids(actors)).toContain(v.actor);
    }
    for (const m of metrics) {
      for (const o of m.observations)
        for (const src of o.sources) expect(sourceIds, `${m.id}/${o.id}`).toContain(src);
      for (const st of m.defaultEventStorylines) expect(ids(storylines)).toContain(st);
    }
    for (const entry of meta.changelog)
      for (const c of entry.changes) if (c.event) expect(eventIds).toContain(c.event);
  });

  it('lists each stage event in the stage it names, and stages begin in date order', () => {
    for (const s of storylines) {
      const firsts = s.stages.flatMap((stage) => {
        const starts = stage.events.map((id) => {
          const e = events.find((x) => x.id === id);
          expect(e?.stage).toBe(stage.id);
          return e?.date.start ?? '';
        });
        return starts.length > 0 ? [[...starts].sort()[0] ?? ''] : [];
      });
      // A stage may run on (a ruling ends what began years before); the next stage never begins earlier.
      // Project Thor's recognition came after its defunding decision, in a later stage.
      const sorted = [...firsts].sort();
      const outOfOrder = firsts.filter((d, i) => d !== sorted[i]);
      expect(outOfOrder.length, `${s.id} stages out of date order: ${firsts.join(', ')}`).toBeLessThanOrEqual(
        s.id === 'project-thor' ? 2 : 0,
      );
    }
  });

  it('gives every event and every observation at least one source', () => {
    for (const e of events) expect(e.sources.length, e.id).toBeGreaterThan(0);
    for (const m of metrics)
      for (const o of m.observations) expect(o.sources.length, o.id).toBeGreaterThan(0);
  });

  it('links every source over https', () => {
    for (const s of sources) expect(new URL(s.url).protocol, s.id).toBe('https:');
  });

  it('has real dates (no 30 February) and periods that end after they start', () => {
    for (const e of events) {
      const d = new Date(
        e.date.start.length === 10
          ? `${e.date.start}T00:00:00Z`
          : `${e.date.start.padEnd(7, '-01')}-01T00:00:00Z`,
      );
      expect(Number.isNaN(d.getTime()), e.id).toBe(false);
    }
    for (const m of metrics)
      for (const o of m.observations) expect(o.period.end >= o.period.start, o.id).toBe(true);
  });

  it('has no Spanish text missing or left identical to a long English text', () => {
    const check = (label: string, t: { en: string; es: string }) => {
      expect(t.es.trim(), label).not.toBe('');
      if (t.en.length > 40) expect(t.es, `${label} looks untranslated`).not.toBe(t.en);
    };
    for (const e of events) {
      check(`${e.id}.title`, e.title);
      check(`${e.id}.summary`, e.summary);
      e.notes.forEach((n, i) => {
        check(`${e.id}.notes[${String(i)}]`, n);
      });
    }
    for (const s of storylines) {
      check(`${s.id}.whyItMatters`, s.whyItMatters);
      check(`${s.id}.status`, s.status.text);
      for (const st of s.stages) check(`${s.id}.${st.id}`, st.explanation);
    }
    for (const m of metrics) {
      check(`${m.id}.description`, m.description);
      for (const o of m.observations) if (o.note) check(`${o.id}.note`, o.note);
    }
    for (const g of glossary) check(`${g.id}.definition`, g.definition);
  });

  it('labels claims from a single founding article as single-source', () => {
    const projectThorLaunch = events.find((e) => e.factRef === 'E04');
    const medal = events.find((e) => e.factRef === 'E11');
    expect(projectThorLaunch?.verification).toBe('single-source');
    expect(medal?.verification).toBe('single-source');
  });

  it('follows the fact sheet where it corrects a founding article', () => {
    const southbound = events.find((e) => e.id === 'operation-southbound-established');
    expect(southbound?.date).toEqual({ precision: 'month', start: '2020-04' });
    expect(southbound?.notes[0]?.en).toMatch(/April 2020/);
    const suit = events.find((e) => e.id === 'mexico-sues-gun-makers');
    expect(suit?.summary.en).toMatch(/seven U\.S\. gun manufacturers/);
    const opinion = events.find((e) => e.id === 'iacthr-advisory-opinion-oc-30-25');
    expect(opinion?.date.start).toBe('2025-12-03');
  });

  it('keeps contested estimates as separate observations', () => {
    const seizures = metrics.find((m) => m.id === 'mexico-bound-seizure-announcements');
    const h1 = seizures?.observations
      .filter((o) => o.disputeGroup === 'h1-fy2023-seizures')
      .map((o) => o.value);
    expect(h1).toEqual([1720, 2000]);
  });
});

describe('the second edition’s publication rules', () => {
  it('gives every source its real title, or says in brackets what an untitled document is', () => {
    for (const s of sources) {
      expect(s.title, s.id).not.toMatch(/title not captured|approximated|^\(/i);
      if (s.untitled) expect(s.title, s.id).toBe(`[${s.untitled.en}]`);
      else expect(s.title, s.id).not.toMatch(/^\[/);
    }
  });

  // Hosts the second edition's independent check lists as reposts, mirrors or document-sharing
  // sites (../shared/facts/v2/second-check.json, weak_sources): a page there is someone else's.
  const REPOST_HOSTS = [
    'archives.infowars.com',
    'arkforgeai.com',
    'az-mex.blogspot.com',
    'd97yz4wvpgciz.cloudfront.net',
    'diarioconstitucional.cl',
    'docslib.org',
    'elheraldodesaltillo.mx',
    'elreporterosf.com',
    'expreso.press',
    'fdocuments.in',
    'federalstatelaw.com',
    'finnoexpert.com',
    'forums.usacarry.com',
    'geekswithguns.com',
    'gobernantes.com',
    'gunnewsdaily.com',
    'homsy-staging.cambridgecore.org',
    'internewscast.com',
    'jisipnews.com',
    'josecardenas.com',
    'lacarbonifera.com',
    'leoaffairs.com',
    'lexbuild.dev',
    'licht-journal.com',
    'marketswired.com',
    'menafn.com',
    'newbostonpost.com',
    'newsfiledaily.com',
    'noticiaspvnayarit.com.mx',
    'onlygunsandmoney.blogspot.com',
    'peer2peernews.com',
    'pubt.io',
    'riverbender.com',
    'sbynews.blogspot.com',
    'scribd.com',
    'sinfuero.com.mx',
    'tedmontgomery.com',
    'test.daily8.com',
    'todayheadline.co',
    'todayinusandworld.com',
    'weaponsman.com',
  ];

  it('labels every copy as one, in both languages', () => {
    for (const s of sources) {
      const host = new URL(s.url).hostname.replace(/^www\./, '');
      if (REPOST_HOSTS.includes(host))
        expect(s.copy !== undefined || /repost|republished/i.test(s.publisher), `${s.id} (${host})`).toBe(
          true,
        );
      if (s.copy) {
        expect(s.publisher, s.id).toContain(`(copy on ${s.copy.at})`);
        expect(s.publisherLabel?.es, s.id).toContain(`(copia en ${s.copy.at})`);
      }
    }
  });

  it('says as of when each storyline’s status holds, and when it was last checked', () => {
    for (const s of storylines) {
      expect(s.statusAsOf, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.lastChecked, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.status.sources?.length ?? 0, s.id).toBeGreaterThan(0);
      for (const id of s.status.sources ?? []) expect(sourceIds.has(id), `${s.id}: ${id}`).toBe(true);
    }
  });

  it('marks running totals and multi-year totals as such, and never puts them on yearly bars', () => {
    for (const m of metrics) {
      const measures = new Map((m.series ?? []).map((x) => [x.id, x.measure]));
      const used = new Set(m.observations.map((o) => o.series));
      if (m.chart) for (const series of used) expect(measures.has(series), `${m.id}: ${series}`).toBe(true);
      for (const [series, measure] of measures) {
        if (!used.has(series)) continue;
        if (measure === 'cumulative') expect(m.chart, `${m.id}: ${series}`).toBe('cumulative-steps');
        if (measure === 'multi-year-total') expect(m.chart, `${m.id}: ${series}`).toBe('multi-year-totals');
      }
      if (m.chart === 'annual-bars')
        for (const o of m.observations) {
          const years = Number(o.period.end.slice(0, 4)) - Number(o.period.start.slice(0, 4));
          // A figure over more than a (fiscal) year is a reference on yearly bars, never a bar.
          if (years > 1) expect(measures.get(o.series), `${m.id}: ${o.id}`).toBe('context');
        }
    }
  });

  it('writes every Spanish text of an event differently from its English (nothing left untranslated)', () => {
    for (const e of events) expect(e.summary.es, e.id).not.toBe(e.summary.en);
  });
});
