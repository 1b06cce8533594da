import { describe, expect, it } from 'vitest';
import en from '../messages.en';
import es from '../messages.es';
import { cite as citeIn, citeSource as citeSourceIn, type CiteInput, type SourceCiteInput } from './cite';

// Each language's wording, as the sources feature's messages give it to the page.
const cite = (input: CiteInput) => citeIn(input, (input.lang === 'es' ? es : en).citation);
const citeSource = (input: SourceCiteInput) => citeSourceIn(input, (input.lang === 'es' ? es : en).citation);

const ruling: CiteInput = {
  id: 'supreme-court-rules-for-gun-makers',
  title: 'Supreme Court unanimously rules the PLCAA bars Mexico’s suit',
  date: '2025-06-05',
  url: 'https://tracker.example/events/supreme-court-rules-for-gun-makers',
  version: '2026.12.01',
  released: '2026-12-01',
  accessed: '2026-12-02',
  lang: 'en',
  identifiers: [
    {
      kind: 'docket',
      court: 'U.S. Supreme Court',
      number: '23-1141',
      caseName: 'Smith & Wesson Brands, Inc. v. Estados Unidos Mexicanos',
    },
  ],
};

describe('citations', () => {
  it('cites a record in a sentence, APA and Chicago, each with the page, the dataset version and the day of access', () => {
    const c = cite(ruling);
    expect(c.plain).toBe(
      '“Supreme Court unanimously rules the PLCAA bars Mexico’s suit” (June 5, 2025). Iron River Tracker, dataset version 2026.12.01. https://tracker.example/events/supreme-court-rules-for-gun-makers (accessed December 2, 2026).',
    );
    expect(c.apa).toBe(
      'Iron River Tracker. (2026, December 1). Supreme Court unanimously rules the PLCAA bars Mexico’s suit [Dataset record, version 2026.12.01]. Retrieved December 2, 2026, from https://tracker.example/events/supreme-court-rules-for-gun-makers',
    );
    expect(c.chicago).toBe(
      'Iron River Tracker. “Supreme Court unanimously rules the PLCAA bars Mexico’s suit.” Dataset version 2026.12.01. Last modified December 1, 2026. Accessed December 2, 2026. https://tracker.example/events/supreme-court-rules-for-gun-makers.',
    );
  });

  it('cites the case itself in the Bluebook when the record has its docket', () => {
    expect(cite(ruling).bluebook).toBe(
      'Smith & Wesson Brands, Inc. v. Estados Unidos Mexicanos, No. 23-1141 (U.S. June 5, 2025), as recorded in Iron River Tracker, Supreme Court unanimously rules the PLCAA bars Mexico’s suit (dataset version 2026.12.01), https://tracker.example/events/supreme-court-rules-for-gun-makers (last visited Dec. 2, 2026).',
    );
    const law = cite({
      ...ruling,
      title: 'BSCA signed',
      date: '2022-06-25',
      identifiers: [{ kind: 'public-law', number: '117-159' }],
    });
    expect(law.bluebook).toMatch(/^Pub\. L\. No\. 117-159 \(2022\), as recorded in /);
    expect(cite({ ...ruling, identifiers: [] }).bluebook).toBeNull();
  });

  it('writes BibTeX and RIS entries a reference manager imports, escaping BibTeX’s special characters', () => {
    const c = cite({ ...ruling, title: 'A & B: 100% of {cases}' });
    expect(c.bibtex).toContain('@misc{irt-supreme-court-rules-for-gun-makers,');
    expect(c.bibtex).toContain('title = {A \\& B: 100\\% of \\{cases\\}},');
    expect(c.bibtex).toContain('urldate = {2026-12-02},');
    expect(c.ris?.split('\r\n')).toEqual([
      'TY  - DATA',
      'TI  - A & B: 100% of {cases}',
      'AU  - Iron River Tracker',
      'PY  - 2026',
      'DA  - 2025/06/05',
      'ET  - 2026.12.01',
      'PB  - Iron River Tracker',
      'UR  - https://tracker.example/events/supreme-court-rules-for-gun-makers',
      'Y2  - 2026/12/02',
      'ID  - irt-supreme-court-rules-for-gun-makers',
      'ER  - ',
      '',
    ]);
  });

  it('cites in Spanish for Spanish readers', () => {
    const c = cite({ ...ruling, lang: 'es', title: 'La Suprema Corte resuelve' });
    expect(c.plain).toBe(
      '«La Suprema Corte resuelve» (5 de junio de 2025). Iron River Tracker, versión del conjunto de datos 2026.12.01. https://tracker.example/events/supreme-court-rules-for-gun-makers (consultado el 2 de diciembre de 2026).',
    );
    expect(c.apa).toMatch(
      /^Iron River Tracker\. \(2026, 1 de diciembre\)\. La Suprema Corte resuelve \[Registro del conjunto de datos/,
    );
  });
});

describe('citing a source', () => {
  const source = {
    id: 'reuters-ruling',
    publisher: 'Reuters',
    title: 'US Supreme Court tosses Mexico’s lawsuit',
    date: '2025-06-05',
    url: 'https://www.reuters.com/legal/example',
    news: true,
    trackerUrl: 'https://tracker.example/sources#reuters-ruling',
    version: '2026.12.01',
    accessed: '2026-12-02',
    lang: 'en' as const,
  };

  it('cites the document itself, with the day of access and the tracker page it was found on', () => {
    const c = citeSource(source);
    expect(c.plain).toBe(
      'Reuters, “US Supreme Court tosses Mexico’s lawsuit.” June 5, 2025. https://www.reuters.com/legal/example (accessed December 2, 2026). Listed in Iron River Tracker, dataset version 2026.12.01: https://tracker.example/sources#reuters-ruling.',
    );
    expect(c.apa).toBe(
      'Reuters. (2025, June 5). US Supreme Court tosses Mexico’s lawsuit. https://www.reuters.com/legal/example',
    );
    expect(c.bluebook).toBe(
      'Reuters, US Supreme Court tosses Mexico’s lawsuit (June 5, 2025), https://www.reuters.com/legal/example (last visited Dec. 2, 2026).',
    );
    expect(c.ris.split('\r\n')[0]).toBe('TY  - NEWS');
    expect(c.bibtex).toContain(
      'note = {Listed in Iron River Tracker, dataset version 2026.12.01: https://tracker.example/sources\\#reuters-ruling},',
    );
  });

  it('says "n.d." when the source gives no date, and cites a report as an electronic document', () => {
    const c = citeSource({ ...source, date: null, news: false });
    expect(c.apa).toBe(
      'Reuters. (n.d.). US Supreme Court tosses Mexico’s lawsuit. https://www.reuters.com/legal/example',
    );
    expect(c.ris).not.toContain('PY  -');
    expect(c.ris.split('\r\n')[0]).toBe('TY  - ELEC');
    expect(citeSource({ ...source, date: null, lang: 'es' }).apa).toContain('(s.f.)');
  });
});
