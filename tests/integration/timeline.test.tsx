import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from './render-route';

describe('an analyst filters the timeline', () => {
  it('narrows by category with counts, and the URL follows', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/timeline');
    expect(await screen.findByText('44 of 44 events')).toBeInTheDocument();
    const litigation = screen.getByRole('checkbox', { name: /Litigation \(9\)/ });
    await user.click(litigation);
    expect(await screen.findByText('9 of 44 events')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?category=litigation');
    // Counts in other facets follow the selection.
    expect(screen.getByRole('checkbox', { name: /Mexico v\. Smith & Wesson \(7\)/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(await screen.findByText('44 of 44 events')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('finds accented words without typing the accents', async () => {
    const user = userEvent.setup();
    renderRoute('/timeline?lang=es');
    const box = await screen.findByRole('searchbox', { name: 'Buscar eventos' });
    await user.type(box, 'corte interamericana');
    expect(await screen.findByText(/^[1-9]\d* de 44 eventos$/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /La Corte Interamericana adopta la Opinión Consultiva/ }),
    ).toBeInTheDocument();
  });

  it('restores a filtered view from a link and lists what it ignored', async () => {
    renderRoute(
      '/timeline?storyline=bsca,nope&verification=confirmed&from=2022-06-24&to=bad-date&colour=red',
    );
    expect(await screen.findByText('3 of 44 events')).toBeInTheDocument();
    const notice = screen
      .getAllByRole('status')
      .find((el) =>
        within(el).queryByText('Some link settings were not understood and were ignored'),
      ) as HTMLElement;
    expect(within(notice).getByText('storyline = “nope”')).toBeInTheDocument();
    expect(within(notice).getByText('to = “bad-date”')).toBeInTheDocument();
    expect(within(notice).getByText('colour = “red”')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Bipartisan Safer Communities Act/ })).toBeChecked();
  });

  it('says so when nothing matches', async () => {
    renderRoute('/timeline?q=zzzzzz');
    expect(await screen.findByText('No event matches these filters.')).toBeInTheDocument();
  });

  it('shows the axis with lanes and a keyboard-reachable event per lane', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/timeline?view=axis&storyline=bsca');
    const axis = await screen.findByRole('group', { name: /Time axis of events/ });
    // The three votes and the signing are days apart: at full extent they form one cluster.
    await user.click(within(axis).getByRole('button', { name: /^3 events, June 23, 2022 to June 25, 2022/ }));
    await user.click(within(axis).getByRole('button', { name: /June 25, 2022: President Biden signs/ }));
    expect(router.state.location.search).toContain('event=bsca-signed');
    const detail = screen.getByRole('complementary', { name: 'Selected event' });
    expect(await within(detail).findByText(/Stop Illegal Trafficking in Firearms Act/)).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => {
      expect(router.state.location.search).toContain('event=bsca-house-passage');
    });
    await waitFor(() => {
      expect(screen.getByRole('button', { name: /June 24, 2022: House passes/ })).toHaveFocus();
    });
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: /House passes the Bipartisan Safer Communities Act/,
      }),
    ).toBeInTheDocument();
  });
});
