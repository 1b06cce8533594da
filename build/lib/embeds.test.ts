// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/messages/en';
import { es } from '@/lib/i18n/messages/es';
import embedEn from '@/embed/embed.messages.en';
import embedEs from '@/embed/embed.messages.es';
import { readDataset } from './dataset';
import { embedsToDraw, oembedResponse, renderEmbed, type EmbedToDraw } from './embeds';

const dataset = readDataset('tests/fixtures/dataset');
const all = embedsToDraw({ metrics: ['seizures'], storylines: ['bsca'] });
const embed = (kind: EmbedToDraw['kind'], lang: EmbedToDraw['lang']) => {
  const found = all.find((e) => e.kind === kind && e.lang === lang);
  if (!found) throw new Error(`no ${kind} embed in ${lang}`);
  return found;
};

describe('the embeds the build draws', () => {
  it('are one per panel and storyline in every language, each with its oEmbed file', () => {
    expect(all.map(({ path, fileName, oembedFile }) => [path, fileName, oembedFile])).toEqual([
      ['/embed/metrics/seizures', 'embed/metrics/seizures.html', 'oembed/metrics/seizures.en.json'],
      ['/es/embed/metrics/seizures', 'es/embed/metrics/seizures.html', 'oembed/metrics/seizures.es.json'],
      ['/embed/storylines/bsca', 'embed/storylines/bsca.html', 'oembed/storylines/bsca.en.json'],
      ['/es/embed/storylines/bsca', 'es/embed/storylines/bsca.html', 'oembed/storylines/bsca.es.json'],
    ]);
  });

  it('draw a storyline with no script: its stages, their dated events, its sources, the version, a link back', async () => {
    const { head, body } = await renderEmbed(embed('storylines', 'en'), dataset);
    expect(body).toContain('<h1 id="embed-title">Bipartisan Safer Communities Act</h1>');
    expect(body).toContain('<h3>Passed by the Senate</h3>');
    // The current stage, marked as such; each event at its date, opening its page in a new tab.
    expect(body).toMatch(
      /aria-current="step"><h3>Used in prosecutions<span class="badge">Current stage<\/span>/,
    );
    expect(body).toContain('<time dateTime="2022-06-25">June 25, 2022</time>');
    expect(body).toContain(
      '<a href="http://localhost:4173/events/bsca-signed" target="_blank" rel="noopener">President Biden signs',
    );
    expect(body).toContain('Sources for the status and the events');
    expect(body).toContain('Congressional Research Service');
    expect(body).toContain('Dataset version fixture.2');
    expect(body).toMatch(
      /<a href="http:\/\/localhost:4173\/storylines\/bsca" target="_blank" rel="noopener">See the full storyline on Iron River Tracker/,
    );
    // No script, no style attribute (the CSP refuses them), none of the site's header, navigation or footer.
    expect(body).not.toMatch(/<script|\sstyle=|<header|<nav|site-footer/);
    expect(head).toContain('<title>Bipartisan Safer Communities Act · Iron River Tracker</title>');
    expect(head).toContain('<link rel="canonical" href="http://localhost:4173/storylines/bsca">');
    expect(head).toContain(
      '<link rel="alternate" type="application/json+oembed" href="http://localhost:4173/oembed/storylines/bsca.en.json" title="Bipartisan Safer Communities Act · Iron River Tracker">',
    );
  });

  it('draw each language in its own words and addresses', async () => {
    const { body } = await renderEmbed(embed('storylines', 'es'), dataset);
    expect(body).toContain('<h1 id="embed-title">Ley Bipartidista para Comunidades más Seguras</h1>');
    expect(body).toContain('Versión del conjunto de datos fixture.2');
    expect(body).toContain('href="http://localhost:4173/es/events/bsca-signed"');
    expect(body).toContain('Ver la historia completa en Iron River Tracker');
    expect(body).not.toContain('See the full storyline');
  });

  it('draw a panel whole, its chart a box of its size for the embed’s script to hydrate', async () => {
    const { body } = await renderEmbed(embed('metrics', 'es'), dataset);
    expect(body).toContain('<h1 id="embed-title">Armas incautadas</h1>');
    // The one part the script hydrates: it names the panel and the dataset version it was drawn from.
    expect(body).toContain(
      '<div id="embed-chart" data-metric="seizures" data-version="fixture.2" data-events="',
    );
    // With the events it marks, numbered under the chart as on the panel's page: those of the panel's
    // storylines (the test dataset's seizures panel marks Operation Southbound's and the FTO
    // designation's), each as the chart's script reads them back.
    const events = JSON.parse(
      (/data-events="([^"]*)"/.exec(body)?.[1] ?? '[]').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
    ) as { id: string; storyline: string; title: { es: string } }[];
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e.storyline))).toEqual(
      new Set(['operation-southbound', 'cartel-fto-designation']),
    );
    expect(Object.keys(events[0] ?? {}).sort()).toEqual(['date', 'id', 'storyline', 'title']);
    expect(body).toContain('<p id="embed-marked" class="small-heading">Eventos marcados</p>');
    expect(body).toMatch(/<ol aria-labelledby="embed-marked" class="marked-events small"><li value="1">/);
    expect(body).toContain('class="chart-box"');
    expect(body).toContain('Dibujando la gráfica');
    // Every figure, with its period, estimator and source, and the caveats.
    expect(body).toContain('Armas incautadas: todas las cifras publicadas');
    expect(body).toContain('Datos de la CBP reportados por la GAO');
    expect(body).toContain('Advertencias');
    expect(body).toContain('href="http://localhost:4173/es/metrics/seizures" target="_blank" rel="noopener"');
    expect(body).not.toMatch(/<script|\sstyle=/);
  });
});

describe('the oEmbed response of an embed (oembed.com, type rich)', () => {
  it('gives the iframe code, its size, the provider and the preview image as thumbnail', async () => {
    const response = await oembedResponse(embed('metrics', 'es'), dataset);
    expect(response).toEqual({
      type: 'rich',
      version: '1.0',
      title: 'Armas incautadas',
      provider_name: 'Iron River Tracker',
      provider_url: 'http://localhost:4173/',
      cache_age: 86_400,
      html: '<iframe src="http://localhost:4173/es/embed/metrics/seizures" title="Armas incautadas · Iron River Tracker" width="640" height="720" style="width:100%;max-width:640px;border:0" loading="lazy"></iframe>',
      width: 640,
      height: 720,
      thumbnail_url: 'http://localhost:4173/og/metrics/seizures.es.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    // The spec: `html`, `width` and `height` are required of a rich response; a thumbnail comes with its size.
    const storyline = await oembedResponse(embed('storylines', 'en'), dataset);
    expect(storyline.html).toContain('src="http://localhost:4173/embed/storylines/bsca"');
    expect(Number.isInteger(storyline.width) && Number.isInteger(storyline.height)).toBe(true);
    expect(storyline.html).toContain(`height="${String(storyline.height)}"`);
  });
});

describe('the words a chart states its figures with', () => {
  it('are the catalogs’ own, in each language (the embed’s script carries no catalog)', () => {
    for (const [words, m] of [
      [embedEn.figureWords, en],
      [embedEs.figureWords, es],
    ] as const) {
      expect(words.qualifier).toEqual(m.qualifier);
      expect(words.metrics.range('1', '2')).toBe(m.metrics.range('1', '2'));
    }
  });
});
