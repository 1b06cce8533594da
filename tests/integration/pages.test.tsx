import { describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { fixtureScenario, server } from '../../mocks/node';
import { renderRoute } from './render-route';

describe('a reader follows a fact to its sources', () => {
  it('opens an event with its date, stage, notes, sources and citation', async () => {
    renderRoute('/events/operation-southbound-established');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'ATF establishes Operation Southbound' }),
    ).toBeInTheDocument();
    const date = screen.getAllByText('April 2020')[0];
    expect(date?.tagName).toBe('TIME');
    expect(date).toHaveAttribute('datetime', '2020-04');
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent(
      /GAO dates its creation to April 2020/,
    );
    const sources = screen.getByRole('region', { name: 'Sources' });
    const link = within(sources).getAllByRole('link')[0];
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link?.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await screen.findByText(/Iron River Tracker, dataset version fixture\.2/)).toBeInTheDocument();
  });

  it('steps through a storyline from an event page', async () => {
    renderRoute('/events/bsca-house-passage');
    expect(await screen.findByRole('link', { name: /Next in this storyline/ })).toHaveAttribute(
      'href',
      '/events/bsca-signed',
    );
    expect(screen.getByRole('link', { name: /Previous in this storyline/ })).toHaveAttribute(
      'href',
      '/events/bsca-senate-passage',
    );
  });

  it('shows a not-found page with a way back for an unknown event', async () => {
    renderRoute('/events/no-such-event');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
  });

  it('shows a not-found page for an unknown address', async () => {
    renderRoute('/this/does/not/exist');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('lists storyline stages in order with the current stage marked', async () => {
    renderRoute('/storylines/mexico-v-smith-wesson');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mexico v. Smith & Wesson' }),
    ).toBeInTheDocument();
    const stages = screen.getByRole('region', { name: 'Stages' });
    const headings = within(stages)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings[0]).toBe('Filed');
    expect(headings.at(-1)).toMatch(/^Decided/);
    expect(within(stages).getByText('Current stage')).toBeInTheDocument();
  });

  it('shows a metric as a captioned table with every disputed figure', async () => {
    renderRoute('/metrics/seizures?tab=table');
    const table = await screen.findByRole('table', { name: 'Firearms seized: every published figure' });
    expect(within(table).getByRole('rowheader', { name: '1,720' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'nearly 2,000' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Caveats' })).toBeInTheDocument();
  });

  it('groups the bibliography by kind with what cites each source', async () => {
    renderRoute('/sources');
    expect(await screen.findByRole('heading', { level: 2, name: /^Courts/ })).toBeInTheDocument();
    const item = screen.getAllByRole('listitem').find((li) =>
      within(li).queryByRole('link', {
        name: /Firearms Trafficking: U\.S\. Efforts to Combat Arms Trafficking to Mexico/,
      }),
    );
    expect(item).toBeDefined();
    expect(
      within(item as HTMLElement).getByRole('link', {
        name: 'GAO finds most traced guns seized in Mexico came from the U.S. (GAO-09-709)',
      }),
    ).toBeInTheDocument();
  });

  it('explains the method and verification levels on the about page', async () => {
    renderRoute('/es/about');
    expect(await screen.findByRole('heading', { level: 1, name: 'Acerca del sitio' })).toBeInTheDocument();
    expect(screen.getByText('Fuente única')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Contrato de datos' })).toBeInTheDocument();
  });

  it('skips invalid records, shows the rest and says where the problem is', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    server.use(...fixtureScenario('invalid'));
    renderRoute('/timeline');
    expect(await screen.findByText('3 records left out')).toBeInTheDocument();
    expect(screen.getByText('events.json[1].date.start')).toBeInTheDocument();
    expect(screen.getByText('events.json[2].title.es')).toBeInTheDocument();
    expect(screen.getByText('15 of 15 events')).toBeInTheDocument();
    expect(warn).toHaveBeenCalled();
  });

  it('names the resource and field when a whole resource breaks the contract', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    server.use(http.get('*/api/v1/metrics.json', () => HttpResponse.json({ apiVersion: 2, data: [] })));
    renderRoute('/metrics');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /metrics data does not match the expected format \(at metrics\.json\.apiVersion\)/,
    );
  });

  it('treats hostile text in the data as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    server.use(
      http.get('*/api/v1/glossary.json', () =>
        HttpResponse.json({
          apiVersion: 1,
          data: [
            {
              id: 'x',
              term: { en: payload, es: payload },
              aliases: { en: [], es: [] },
              definition: { en: payload, es: payload },
            },
          ],
        }),
      ),
    );
    renderRoute('/glossary');
    expect((await screen.findAllByText(payload, { exact: false })).length).toBeGreaterThan(0);
    expect(screen.queryByRole('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('a student learns terms as they read', () => {
  it('explains a glossary term in place, by keyboard, with a link to the glossary', async () => {
    const user = userEvent.setup();
    renderRoute('/storylines/mexico-v-smith-wesson');
    const term = await screen.findByRole('button', { name: /PLCAA/ });
    expect(term).toHaveAttribute('aria-expanded', 'false');
    term.focus();
    await user.keyboard('{Enter}');
    expect(term).toHaveAttribute('aria-expanded', 'true');
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(/Protection of Lawful Commerce in Arms Act/);
    expect(within(note).getByRole('link', { name: 'In the glossary' })).toHaveAttribute(
      'href',
      '/glossary#plcaa',
    );
    // Esc closes it and gives focus back to the term.
    within(note).getByRole('link', { name: 'In the glossary' }).focus();
    await user.keyboard('{Escape}');
    expect(term).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(term).toHaveFocus();
  });

  it('shows a small timeline of the storyline with a link per event', async () => {
    renderRoute('/storylines/bsca');
    const strip = await screen.findByRole('navigation', { name: '4 events' });
    expect(within(strip).getAllByRole('link')).toHaveLength(4);
    expect(
      within(strip).getByRole('link', { name: /June 25, 2022: President Biden signs/ }),
    ).toBeInTheDocument();
  });
});
