import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { fixture } from '../fixtures/dataset';
import { fixtureDataset } from '../../mocks/data/dataset';
import { renderRoute } from './render-route';

describe('the dataset says how current it is', () => {
  it('lists releases newest first, with what each changed and why each correction was made', async () => {
    renderRoute('/changes');
    const releases = await screen.findAllByRole('heading', { level: 2, name: /^Version/ });
    expect(releases.map((h) => h.textContent)).toEqual([
      'Version fixture.2 · December 1, 2026',
      'Version fixture.1 · November 21, 2026',
    ]);
    const corrected = screen.getByRole('region', { name: 'Corrected (1 record)' });
    expect(within(corrected).getByRole('link', { name: /Bipartisan Safer Communities Act/ })).toHaveAttribute(
      'href',
      '/events/bsca-signed',
    );
    expect(corrected).toHaveTextContent(
      'Bill and public-law numbers added from the Congressional Research Service report.',
    );
    const updated = screen.getByRole('region', { name: 'Updated (2 records)' });
    expect(within(updated).getByRole('link', { name: 'Mexico v. Smith & Wesson' })).toHaveAttribute(
      'href',
      '/storylines/mexico-v-smith-wesson',
    );
    // The first release adds every record: folded, and drawn when opened.
    expect(screen.queryByRole('link', { name: /GAO-09-709/ })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByText(/^Added \(\d+ records\)$/));
    expect(await screen.findByRole('link', { name: /GAO-09-709/ })).toBeVisible();
  });

  it('credits the monitor for an event it found, in the release that added it', async () => {
    const events = structuredClone(fixtureDataset.events) as { data: { id: string; lead?: string }[] };
    const thor = events.data.find((e) => e.id === 'project-thor-launched');
    if (!thor) throw new Error('fixture changed');
    thor.lead = 'federal-register-2026-99101';
    server.use(http.get('*/api/v1/events.json', () => HttpResponse.json(events)));
    renderRoute('/changes');
    await userEvent.setup().click(await screen.findByText(/^Added \(\d+ records\)$/));
    await screen.findByRole('link', { name: 'Project Thor launched' });
    const itemWith = (name: string | RegExp) =>
      // The innermost item holding the link (a release's item holds its records' items).
      screen.getAllByRole('listitem').findLast((li) => within(li).queryByRole('link', { name }));
    const item = itemWith('Project Thor launched');
    expect(item).toHaveTextContent(
      'found by the monitor in the Federal Register, then written and checked by an editor',
    );
    // Events an editor found themselves carry no such credit.
    const gao = itemWith(/GAO-09-709/);
    expect(gao).not.toHaveTextContent(/monitor/);
  });

  it('says when the monitor last heard from a storyline’s official sources, beside the editor’s check', async () => {
    const storylines = structuredClone(fixtureDataset.storylines) as {
      data: { id: string; monitorChecked?: string }[];
    };
    const sw = storylines.data.find((x) => x.id === 'mexico-v-smith-wesson');
    if (!sw) throw new Error('fixture changed');
    sw.monitorChecked = '2026-11-30';
    server.use(http.get('*/api/v1/storylines.json', () => HttpResponse.json(storylines)));
    renderRoute('/es/storylines/mexico-v-smith-wesson');
    const status = await screen.findByRole('region', { name: /^Situación/ });
    expect(status).toHaveTextContent(
      'Sus fuentes oficiales, revisadas por el monitor por última vez el 30 de noviembre de 2026',
    );
  });

  it('shows a storyline’s status as of its latest source, when it was last checked, and what it rests on', async () => {
    renderRoute('/storylines/mexico-v-smith-wesson');
    const status = await screen.findByRole('region', { name: /^Status/ });
    expect(status).toHaveTextContent('Status as of June 5, 2025');
    expect(status).toHaveTextContent('Last checked by an editor on December 1, 2026');
    expect(
      within(status).getByRole('link', { name: /Smith & Wesson Brands v\. Estados Unidos Mexicanos/ }),
    ).toBeInTheDocument();
  });

  it('says plainly when nothing has been recorded in a storyline for six months', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T12:00:00Z'), toFake: ['Date'] });
    try {
      renderRoute('/storylines/mexico-v-smith-wesson');
      expect(
        await screen.findByText(/^Nothing has been recorded in this storyline since June 5, 2025\./),
      ).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says nothing of quiet while a storyline’s newest event is recent', async () => {
    vi.useFakeTimers({ now: new Date('2025-08-01T12:00:00Z'), toFake: ['Date'] });
    try {
      renderRoute('/storylines/mexico-v-smith-wesson');
      await screen.findByRole('region', { name: /^Status/ });
      // The page is first drawn with the dataset's date (as the build draws it), then with the
      // reader's once it is live.
      await waitFor(() => {
        expect(screen.queryByText(/^Nothing has been recorded/)).not.toBeInTheDocument();
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows no "as of" where the dataset does not give one', async () => {
    renderRoute('/storylines/bsca');
    await screen.findByRole('region', { name: /^Status/ });
    expect(screen.queryByText(/Status as of/)).not.toBeInTheDocument();
  });

  it('puts each storyline’s "as of" on the status board', async () => {
    renderRoute('/storylines');
    const board = await screen.findByRole('list', { name: 'Where each storyline stands' });
    const item = within(board)
      .getAllByRole('listitem')
      .find((li) => within(li).queryByRole('link', { name: 'Mexico v. Smith & Wesson' }));
    expect(item).toHaveTextContent('Status as of Jun 5, 2025');
  });

  it('says in the footer when the dataset last changed, linking what changed', async () => {
    renderRoute('/glossary');
    const footer = await screen.findByRole('contentinfo');
    expect(await within(footer).findByText(/Dataset last changed/)).toHaveTextContent(
      'Dataset version fixture.2 · Dataset last changed: December 1, 2026',
    );
    expect(within(footer).getByRole('link', { name: 'What changed' })).toHaveAttribute('href', '/changes');
    expect(within(footer).getByRole('link', { name: 'Codebook' })).toHaveAttribute('href', '/codebook');
  });
});

describe('the codebook', () => {
  it('explains each code, how it is decided, with example events, in the reader’s language', async () => {
    renderRoute('/es/codebook');
    expect(await screen.findByRole('heading', { level: 1, name: 'Libro de códigos' })).toBeInTheDocument();
    const categories = screen.getByRole('region', { name: 'Categorías' });
    const terms = within(categories).getAllByRole('term');
    expect(terms[0]).toHaveTextContent('Aplicación de la ley enforcement');
    const definition = within(categories).getAllByRole('definition')[0] as HTMLElement;
    expect(definition).toHaveTextContent(/Cómo se decide:/);
    expect(within(definition).getByRole('link', { name: /Southbound/ })).toHaveAttribute(
      'href',
      '/es/events/operation-southbound-established',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Etapas de las historias' })).toBeInTheDocument();
  });

  it('lists each storyline’s stages in order', async () => {
    const user = userEvent.setup();
    renderRoute('/codebook');
    const stages = await screen.findByRole('region', { name: 'Storyline stages' });
    await user.click(within(stages).getByText('Mexico v. Smith & Wesson'));
    const expected = fixture('storylines').items.find((s) => s.id === 'mexico-v-smith-wesson')?.stages ?? [];
    const items = within(stages).getAllByRole('listitem').slice(0, expected.length);
    expect(items).toHaveLength(expected.length);
    expected.forEach((stage, i) => {
      expect(items[i]).toHaveTextContent(`${stage.label.en} ${stage.id}:`);
    });
  });

  it('says what failed when the codebook cannot be loaded, and keeps the rest of the page', async () => {
    server.use(
      http.get('*/api/v1/codebook.json', () => HttpResponse.json({ apiVersion: 1, data: { intro: 3 } })),
    );
    renderRoute('/codebook');
    expect(await screen.findByRole('alert')).toHaveTextContent(/codebook/);
    expect(await screen.findByRole('region', { name: 'Storyline stages' })).toBeInTheDocument();
  });
});

describe('the About page', () => {
  it('offers the full dataset download of this version and links every contract file', async () => {
    renderRoute('/about');
    expect(await screen.findByRole('link', { name: /iron-river-tracker-fixture\.2\.zip/ })).toHaveAttribute(
      'href',
      '/downloads/iron-river-tracker-fixture.2.zip',
    );
    expect(screen.getByRole('link', { name: 'codebook.json' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/api\/v1\/codebook\.json$/),
    );
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Codebook' })).toHaveAttribute(
      'href',
      '/codebook',
    );
  });
});
