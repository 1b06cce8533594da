import { describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { fixtureDataset } from '../../mocks/data/dataset';
import { renderRoute } from './render-route';

describe('an event as a record people cite', () => {
  it('says when the record was added and last updated, and why it was corrected', async () => {
    renderRoute('/events/bsca-signed');
    const dates = await screen.findByText(/^Added/);
    expect(dates).toHaveTextContent('Added November 21, 2026 · Last updated December 1, 2026');
    const corrections = screen.getByRole('region', { name: 'Corrections' });
    expect(corrections).toHaveTextContent(
      'Corrected December 1, 2026: Bill and public-law numbers added from the Congressional Research Service report.',
    );
  });

  it('a metric panel says why it was corrected too, in the page’s language', async () => {
    renderRoute('/metrics/bsca-prosecutions');
    const corrections = await screen.findByRole('region', { name: 'Corrections' });
    expect(corrections).toHaveTextContent(
      'Corrected December 1, 2026: The October 2023 count (more than 250) was marked confirmed;',
    );
  });

  it('a metric panel’s corrections in Spanish', async () => {
    renderRoute('/es/metrics/bsca-prosecutions');
    const corrections = await screen.findByRole('region', { name: 'Correcciones' });
    expect(corrections).toHaveTextContent(
      'Corregido el 1 de diciembre de 2026: El conteo de octubre de 2023',
    );
  });

  it('links the bill and the public law to their official pages', async () => {
    renderRoute('/events/bsca-signed');
    expect(await screen.findByRole('link', { name: /S\. 2938, 117th Congress/ })).toHaveAttribute(
      'href',
      'https://www.congress.gov/bill/117th-congress/senate-bill/2938',
    );
    expect(screen.getByRole('link', { name: /Pub\. L\. 117-159/ })).toHaveAttribute(
      'href',
      'https://www.govinfo.gov/app/details/PLAW-117publ159',
    );
  });

  it('shows the passage of a shared source that supports this event, not the source’s own', async () => {
    renderRoute('/events/supreme-court-rules-for-gun-makers');
    const sources = await screen.findByRole('region', { name: 'Sources' });
    expect(within(sources).getByText(/In a 9-0 opinion, the court reversed/)).toBeInTheDocument();
    expect(within(sources).queryByText('Argued: March 4, 2025')).not.toBeInTheDocument();
  });

  it('cites the event in each format, the Bluebook citing the case by its docket', async () => {
    const user = userEvent.setup();
    renderRoute('/events/supreme-court-rules-for-gun-makers');
    const cite = await screen.findByRole('region', { name: 'Cite this' });
    expect(
      within(cite).getByText(/Iron River Tracker, dataset version fixture\.2\. http/),
    ).toBeInTheDocument();
    await user.click(within(cite).getByRole('radio', { name: 'Bluebook' }));
    expect(
      within(cite).getByText(
        /^Smith & Wesson Brands, Inc\. v\. Estados Unidos Mexicanos, No\. 23-1141 \(U\.S\. June 5, 2025\), as recorded in Iron River Tracker/,
      ),
    ).toBeInTheDocument();
    await user.click(within(cite).getByRole('radio', { name: 'RIS' }));
    expect(within(cite).getByLabelText('Citation, RIS')).toHaveTextContent(/^TY - DATA TI - Supreme Court/);
  });

  it('offers no Bluebook form for a record with nothing to cite it by', async () => {
    renderRoute('/events/project-thor-medal');
    const cite = await screen.findByRole('region', { name: 'Cite this' });
    expect(within(cite).getByRole('radio', { name: 'APA' })).toBeInTheDocument();
    expect(within(cite).queryByRole('radio', { name: 'Bluebook' })).not.toBeInTheDocument();
  });

  it('copies the chosen citation, and says so when the browser refuses', async () => {
    const user = userEvent.setup();
    renderRoute('/events/bsca-signed');
    const cite = await screen.findByRole('region', { name: 'Cite this' });
    await user.click(within(cite).getByRole('radio', { name: 'Chicago' }));
    await user.click(within(cite).getByRole('button', { name: 'Copy citation' }));
    await expect(navigator.clipboard.readText()).resolves.toMatch(/^Iron River Tracker\. “/);
    expect(within(cite).getByRole('status')).toHaveTextContent('Citation copied');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(within(cite).getByRole('button', { name: 'Copy citation' }));
    expect(await within(cite).findByText(/Could not copy/)).toBeInTheDocument();
  });

  it('shows no "Suggest a correction" link when no address is configured', async () => {
    renderRoute('/events/bsca-signed');
    await screen.findByRole('region', { name: 'Cite this' });
    expect(screen.queryByRole('link', { name: /Suggest a correction/ })).not.toBeInTheDocument();
  });

  it('labels a reposted source as the copy it is, in the reader’s language', async () => {
    renderRoute('/es/events/first-circuit-revives-suit');
    const sources = await screen.findByRole('region', { name: 'Fuentes' });
    expect(within(sources).getByText('Reuters (vía el servicio de Daily Mail)')).toBeInTheDocument();
  });
});

describe('citing a source', () => {
  it('cites the document itself, noting where the tracker lists it', async () => {
    const user = userEvent.setup();
    renderRoute('/sources');
    await screen.findByText('Reuters (via Daily Mail wire)');
    const item = screen
      .getAllByRole('listitem')
      .find((li) => within(li).queryByText('Reuters (via Daily Mail wire)'));
    await user.click(within(item as HTMLElement).getByText('Cite this source'));
    const cite = await within(item as HTMLElement).findByRole('region', { name: 'Cite this source' });
    await user.click(within(cite).getByRole('radio', { name: 'APA' }));
    expect(within(cite).getByLabelText('Citation, APA')).toHaveTextContent(
      /^Reuters \(via Daily Mail wire\)\. \(n\.d\.\)\. US appeals court revives Mexico's \$10 billion lawsuit against gun makers\. https:\/\/www\.dailymail\.co\.uk\//,
    );
    await user.click(within(cite).getByRole('radio', { name: 'Sentence' }));
    expect(within(cite).getByLabelText('Citation, Sentence')).toHaveTextContent(
      /Listed in Iron River Tracker, dataset version fixture\.2: http.*\/sources#source-dailymail-us-appeals-court-revives-mexico-s\.$/,
    );
  });
});

describe('a source whose title was never recorded', () => {
  it('is described in square brackets in the reader’s language, never passed off as a title', async () => {
    const sources = fixtureDataset.sources as { apiVersion: number; data: Record<string, unknown>[] };
    server.use(
      http.get('*/api/v1/sources.json', () =>
        HttpResponse.json({
          ...sources,
          data: sources.data.map((s) =>
            s.id === 'dailymail-us-appeals-court-revives-mexico-s'
              ? {
                  ...s,
                  title: '[Reuters report on the appeals ruling]',
                  untitled: {
                    en: 'Reuters report on the appeals ruling',
                    es: 'Nota de Reuters sobre el fallo de apelación',
                  },
                }
              : s,
          ),
        }),
      ),
    );
    renderRoute('/es/events/first-circuit-revives-suit');
    const sourcesRegion = await screen.findByRole('region', { name: 'Fuentes' });
    expect(
      await within(sourcesRegion).findByRole('link', {
        name: /^\[Nota de Reuters sobre el fallo de apelación\]/,
      }),
    ).toBeInTheDocument();
  });
});
