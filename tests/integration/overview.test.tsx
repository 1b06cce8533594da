import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureScenario, server } from '../../mocks/node';
import { renderRoute } from './render-route';

describe('a reader opens the overview', () => {
  it('sees the headline figures with who estimated them, the latest events and the storyline board', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Iron River Tracker' })).toBeInTheDocument();
    const estimates = await screen.findByRole('article', { name: 'Guns trafficked to Mexico each year' });
    expect(within(estimates).getByText('200,000 to 1,000,000')).toBeInTheDocument();
    expect(within(estimates).getByText('Government of Mexico (cited by GAO)')).toBeInTheDocument();
    expect(within(estimates).getByText('Project Thor (ATF-led), per CBS News')).toBeInTheDocument();
    expect(within(estimates).getByText('Single source')).toBeInTheDocument();
    const share = screen.getByRole('article', { name: 'Traced guns that came from the U.S.' });
    expect(within(share).getByText('67.13%')).toBeInTheDocument();
    // The latest U.S. announcements disagree: both figures, each with its period, and says so.
    const seizures = screen.getByRole('article', { name: 'Recent seizures' });
    expect(within(seizures).getByText('nearly 9,700')).toBeInTheDocument();
    expect(within(seizures).getByText('4,359')).toBeInTheDocument();
    expect(within(seizures).getByText('Sources disagree')).toBeInTheDocument();
    const latest = screen.getByRole('region', { name: 'Latest developments' });
    expect(
      await within(latest).findByRole('link', {
        name: /^Supreme Court unanimously rules/,
      }),
    ).toBeInTheDocument();
    const board = screen.getByRole('region', { name: 'Where each storyline stands' });
    expect(within(board).getByRole('link', { name: 'Mexico v. Smith & Wesson' })).toBeInTheDocument();
    expect(within(board).getAllByText('Decided').length).toBeGreaterThan(0);
  });

  it('shows every date in a time element written in the active language', async () => {
    renderRoute('/es');
    const latest = await screen.findByRole('region', { name: 'Novedades' });
    const first = await within(latest).findByText('5 de junio de 2025');
    expect(first.tagName).toBe('TIME');
    expect(first).toHaveAttribute('datetime', '2025-06-05');
    expect(document.documentElement.lang).toBe('es');
  });

  it('switches language from the header to the page’s Spanish address, and remembers the choice', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/timeline?view=list');
    await screen.findByRole('heading', { level: 1, name: 'Timeline' });
    expect(screen.getByRole('link', { name: 'Español' })).toHaveAttribute('href', '/es/timeline?view=list');
    await user.click(screen.getByRole('link', { name: 'Español' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cronología' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/es/timeline');
    expect(router.state.location.search).toBe('?view=list');
    expect(JSON.parse(window.localStorage.getItem('irt:lang') ?? '')).toEqual({ v: 1, data: 'es' });
    expect(screen.getByRole('link', { name: 'Cifras' })).toHaveAttribute('href', '/es/metrics');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/timeline?view=list');
  });

  it('sends an old ?lang= link to the language’s address, keeping the rest of the query', async () => {
    const { router } = renderRoute('/timeline?category=litigation&lang=es');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cronología' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/es/timeline');
    expect(router.state.location.search).toBe('?category=litigation');
  });

  it('offers the reader’s remembered language in one click, and never switches by itself', async () => {
    window.localStorage.setItem('irt:lang', JSON.stringify({ v: 1, data: 'es' }));
    const user = userEvent.setup();
    const { router } = renderRoute('/glossary');
    expect(await screen.findByRole('heading', { level: 1, name: 'Glossary' })).toBeInTheDocument();
    const offer = await screen.findByText('Esta página también está en español.');
    expect(router.state.location.pathname).toBe('/glossary');
    await user.click(screen.getByRole('link', { name: 'Leerla en español' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Glosario' })).toBeInTheDocument();
    expect(offer).not.toBeInTheDocument();
  });

  it('shows progress while data is slow, then the data', async () => {
    server.use(...fixtureScenario('slow', { slowMs: 300 }));
    renderRoute('/');
    expect(await screen.findByText('Loading metrics…')).toBeInTheDocument();
    expect(screen.getAllByRole('progressbar').length).toBeGreaterThan(0);
    expect(
      await screen.findByRole('article', { name: 'Recent seizures' }, { timeout: 3000 }),
    ).toBeInTheDocument();
  });

  it.each([
    ['error', /answered with an error \(500\)/],
    ['offline', /could not reach the server/],
    ['malformed', /damaged \(not valid JSON\)/],
  ] as const)('explains a %s failure and offers a retry that recovers', async (scenario, message) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const user = userEvent.setup();
    server.use(...fixtureScenario(scenario));
    renderRoute('/');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent(message);
    expect(screen.getByRole('heading', { level: 1, name: 'Iron River Tracker' })).toBeInTheDocument();
    server.resetHandlers();
    for (const button of screen.getAllByRole('button', { name: 'Try again' })) await user.click(button);
    expect(await screen.findByRole('article', { name: 'Recent seizures' })).toBeInTheDocument();
  });

  it('gives up on a request slower than the time limit with a clear message and a retry', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The integration tests run with VITE_DATA_TIMEOUT_MS=1500 (vitest.config.ts).
    server.use(...fixtureScenario('slow', { slowMs: 4000 }));
    renderRoute('/');
    expect(await screen.findByText('Loading metrics…')).toBeInTheDocument();
    const alerts = await screen.findAllByRole('alert', {}, { timeout: 4000 });
    expect(alerts[0]).toHaveTextContent(/is taking too long/);
    expect(screen.getAllByRole('button', { name: 'Try again' }).length).toBeGreaterThan(0);
  });

  it('says when the dataset is empty instead of showing a blank page', async () => {
    server.use(...fixtureScenario('empty'));
    renderRoute('/');
    expect(
      (await screen.findAllByText('The dataset is empty: there is nothing to show yet.')).length,
    ).toBeGreaterThan(0);
  });
});

describe('the overview strip', () => {
  it('shows each storyline’s key events since 2018 as links, without a chart library', async () => {
    renderRoute('/');
    const strip = await screen.findByRole('figure', { name: 'Key events by storyline since 2018' });
    // A heading, a key to its marks, and today marked at its end.
    expect(
      within(strip).getByRole('heading', { level: 2, name: 'Key events by storyline since 2018' }),
    ).toBeInTheDocument();
    expect(strip).toHaveTextContent('several events close together (opens the storyline)');
    // "Today" in the key and at the strip's end.
    expect(within(strip).getAllByText('Today')).toHaveLength(2);
    expect(within(strip).getByRole('link', { name: 'Project Thor' })).toHaveAttribute(
      'href',
      '/storylines/project-thor',
    );
    expect(
      within(strip).getByRole('link', { name: /^August 4, 2021: Mexico sues U\.S\. gun makers/ }),
    ).toHaveAttribute('href', '/events/mexico-sues-gun-makers');
    // Events too close to tap apart share one numbered target that opens their storyline.
    const crowded = within(strip).getAllByRole('link', { name: /^\d+ events from .* · / });
    expect(crowded.length).toBeGreaterThan(0);
    for (const link of crowded) expect(link.getAttribute('href')).toMatch(/^\/storylines\//);
    // The 2009 GAO report is before the strip's range and belongs to no storyline.
    expect(within(strip).queryByRole('link', { name: /GAO finds most traced guns/ })).toBeNull();
    // Drawn with plain HTML and CSS: no chart (Recharts' charts are applications) on the first page.
    expect(within(strip).queryByRole('application')).toBeNull();
    expect(within(strip).queryByRole('img')).toBeNull();
  });
});
