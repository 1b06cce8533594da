import { beforeAll, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { renderRoute } from './render-route';

// The timeline's route module and its texts are transformed once, before the first test's clock
// starts: on a busy machine that alone outran the first test's wait.
beforeAll(async () => {
  await Promise.all([
    import('@/app/routes/timeline'),
    import('@/features/events/timeline-messages.en'),
    import('@/features/metrics/panel-messages.en'),
  ]);
}, 30_000);

describe('an analyst filters the timeline', () => {
  it('narrows by category with counts, and the URL follows', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/timeline');
    expect(await screen.findByText('18 of 18 events')).toBeInTheDocument();
    const litigation = screen.getByRole('checkbox', { name: /Litigation \(5\)/ });
    await user.click(litigation);
    expect(await screen.findByText('5 of 18 events')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?category=litigation');
    // Counts in other facets follow the selection.
    expect(screen.getByRole('checkbox', { name: /Mexico v\. Smith & Wesson \(4\)/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(await screen.findByText('18 of 18 events')).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });

  it('finds accented words without typing the accents', async () => {
    const user = userEvent.setup();
    renderRoute('/es/timeline');
    const box = await screen.findByRole('searchbox', { name: 'Buscar eventos' });
    await user.type(box, 'armerias de arizona');
    expect(await screen.findByText('1 de 18 eventos')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'México demanda a cinco armerías de Arizona' }),
    ).toBeInTheDocument();
  });

  it('restores a filtered view from a link and lists what it ignored', async () => {
    renderRoute(
      '/timeline?storyline=bsca,nope&verification=confirmed&from=2022-06-24&to=bad-date&colour=red',
    );
    expect(await screen.findByText('3 of 18 events')).toBeInTheDocument();
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
    // (The lanes are laid out for the range reached a frame after the zoom.)
    await user.click(
      await within(axis).findByRole('button', { name: /June 25, 2022: President Biden signs/ }),
    );
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

  it('selects the event in focus with Space, as a button would', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/timeline?view=axis&storyline=bsca&axis=2022-06-18..2022-07-02');
    const house = await screen.findByRole('button', { name: /June 24, 2022: House passes/ });
    house.focus();
    await user.keyboard(' ');
    await waitFor(() => {
      expect(router.state.location.search).toContain('event=bsca-house-passage');
    });
    expect(
      await screen.findByRole('button', { name: /June 24, 2022: House passes/, pressed: true }),
    ).toBeInTheDocument();
  });

  it('opens the event an arrow key moved to, even when Enter follows at once', async () => {
    const user = userEvent.setup();
    renderRoute('/timeline?view=axis&storyline=bsca&event=bsca-signed');
    const signed = await screen.findByRole('button', { name: /June 25, 2022: President Biden signs/ });
    signed.focus();
    // No wait between the keys: the selection has not been drawn yet when Enter arrives.
    await user.keyboard('{ArrowLeft}{Enter}');
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: /House passes the Bipartisan Safer Communities Act/,
      }),
    ).toBeInTheDocument();
  });
});

describe('the axis and its address', () => {
  it('is not sent back by its own range arriving late in the address, but follows a link and Back', async () => {
    const { router } = renderRoute('/timeline?view=axis&axis=2010-01-01..2020-01-01');
    await screen.findByRole('group', { name: /Time axis of events/ });
    // The range shown, in the axis's toolbar.
    const shown = (range: RegExp) => screen.findByText(range);
    expect(await shown(/Jan 1, 2010 – Jan 1, 2020/)).toBeInTheDocument();
    // The axis wrote a range into the address and zoomed on before it landed: it stays where it is.
    await act(() =>
      router.navigate('/timeline?view=axis&axis=2012-01-01..2014-01-01', {
        replace: true,
        state: { axisWrite: true },
      }),
    );
    expect(await shown(/Jan 1, 2010 – Jan 1, 2020/)).toBeInTheDocument();
    // A link to another range is followed…
    await act(() => router.navigate('/timeline?view=axis&axis=2013-01-01..2015-01-01'));
    expect(await shown(/Jan 1, 2013 – Jan 1, 2015/)).toBeInTheDocument();
    // …and so is Back, even to an address the axis wrote itself.
    await act(() => router.navigate(-1));
    expect(await shown(/Jan 1, 2012 – Jan 1, 2014/)).toBeInTheDocument();
  });

  it('takes Ctrl + wheel and a sideways wheel for itself, and leaves the page its scrolling', async () => {
    renderRoute('/timeline?view=axis&axis=2010-01-01..2020-01-01');
    const axis = await screen.findByRole('group', { name: /Time axis of events/ });
    expect(await screen.findByText(/Jan 1, 2010 – Jan 1, 2020/)).toBeInTheDocument();
    const wheel = (init: WheelEventInit) =>
      fireEvent.wheel(axis, { bubbles: true, cancelable: true, clientX: 400, ...init });
    // A plain wheel scrolls the page: not prevented, the range unchanged.
    expect(wheel({ deltaY: 100 })).toBe(true);
    expect(screen.getByText(/Jan 1, 2010 – Jan 1, 2020/)).toBeInTheDocument();
    // Ctrl + wheel (a trackpad's pinch too) zooms the axis and not the page.
    expect(wheel({ deltaY: -100, ctrlKey: true })).toBe(false);
    await waitFor(() => {
      expect(screen.queryByText(/Jan 1, 2010 – Jan 1, 2020/)).not.toBeInTheDocument();
    });
    const zoomed = screen.getByText(/^\w+ \d+, 20\d\d – \w+ \d+, 20\d\d$/).textContent;
    // A sideways wheel pans the axis, never a swipe Back.
    expect(wheel({ deltaX: 200 })).toBe(false);
    await waitFor(() => {
      expect(screen.queryByText(zoomed)).not.toBeInTheDocument();
    });
  });
});

describe('figures beside the timeline', () => {
  it('marks the selected event on every chart, and a marker selects its event on the axis', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/timeline?view=axis&event=bsca-signed&panels=seizures,us-origin-share');
    const rail = await screen.findByRole('region', { name: 'Figures on the same time scale' });
    expect(
      await within(rail).findByRole('heading', {
        name: 'Share of guns recovered in Mexico that came from the U.S.',
      }),
    ).toBeInTheDocument();
    expect(within(rail).getByRole('heading', { name: 'Firearms seized' })).toBeInTheDocument();
    // U.S. and Mexican seizures are far apart in size: each gets its own scale.
    expect(
      within(rail).getByText('Seized in the U.S., bound for Mexico', { selector: 'p' }),
    ).toBeInTheDocument();
    // The selected event is marked (and labelled) on all three charts.
    expect(
      within(rail).getAllByText(/^President Biden signs the Bipartisan/, { selector: 'text' }),
    ).toHaveLength(3);
    // Choosing another marker selects that event on the axis.
    const markers = within(rail).getAllByRole('toolbar', { name: 'Policy events on the chart' });
    expect(markers).toHaveLength(3);
    // The charts' marks are keyed beneath them.
    expect(within(rail).getByText(/^Vertical lines and shaded bands mark the events/)).toBeInTheDocument();
    for (const group of markers)
      expect(
        within(group).getByRole('button', { name: /^President Biden signs/, pressed: true }),
      ).toBeInTheDocument();
    await user.click(
      within(markers[0] as HTMLElement).getByRole('button', { name: 'ATF establishes Operation Southbound' }),
    );
    await waitFor(() => {
      expect(router.state.location.search).toMatch(/event=operation-southbound-established/);
    });
    const detail = screen.getByRole('complementary', { name: 'Selected event' });
    expect(
      await within(detail).findByRole('heading', { name: 'ATF establishes Operation Southbound' }),
    ).toBeInTheDocument();
    const axis = screen.getByRole('group', { name: /Time axis of events/ });
    expect(
      within(axis).getByRole('button', { name: /ATF establishes Operation Southbound/, pressed: true }),
    ).toBeInTheDocument();
  });

  it('reads each figure by keyboard with its period and estimator', async () => {
    const user = userEvent.setup();
    renderRoute('/timeline?view=axis&panels=seizures');
    const chart = await screen.findByRole('group', { name: 'Firearms seized: Seized in Mexico' });
    const figures = within(chart).getAllByRole('listitem');
    expect(figures.length).toBeGreaterThan(3);
    const first = figures[0] as HTMLElement;
    first.focus();
    expect(first).toHaveAccessibleName(/^105,358, Jan 2012 – Apr 2023, Fiscalía General de la República/);
    await user.keyboard('{ArrowRight}');
    expect(figures[1]).toHaveFocus();
  });

  it('hides and shows the charts, and the link keeps the choice', async () => {
    const user = userEvent.setup();
    const share = 'Share of guns recovered in Mexico that came from the U.S.';
    const { router } = renderRoute('/timeline?view=axis&panels=seizures');
    expect(await screen.findByRole('heading', { name: 'Firearms seized' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hide charts' }));
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: 'Firearms seized' })).toBeNull();
    });
    expect(router.state.location.search).toContain('panels=none');
    // Shown again: the default charts (the share of U.S. origin among them).
    await user.click(screen.getByRole('button', { name: 'Show charts' }));
    expect(await screen.findByRole('heading', { name: share })).toBeInTheDocument();
    await user.click(screen.getByText('Charts beside the timeline', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: share }));
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: share })).toBeNull();
    });
    expect(router.state.location.search).toMatch(/panels=atf-mexico-traces/);
    expect(router.state.location.search).not.toMatch(/us-origin-share/);
  });

  it('stacks the charts under the list, where a marker opens its event', async () => {
    renderRoute('/timeline?view=list&panels=us-origin-share');
    const rail = await screen.findByRole('region', { name: 'Figures on the same time scale' });
    expect(
      await within(rail).findByRole('group', {
        name: 'Share of guns recovered in Mexico that came from the U.S.',
      }),
    ).toBeInTheDocument();
  });

  it('keeps a failed metrics request to the charts: the timeline still works', async () => {
    server.use(http.get('*/api/v1/metrics.json', () => HttpResponse.json({}, { status: 500 })));
    renderRoute('/timeline?view=axis&panels=seizures');
    expect(await screen.findByText('18 of 18 events')).toBeInTheDocument();
    const rail = screen.getByRole('region', { name: 'Figures on the same time scale' });
    expect(await within(rail).findByRole('alert')).toBeInTheDocument();
    expect(within(rail).getByRole('button', { name: /Try again/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Time axis of events/ })).toBeInTheDocument();
  });

  it('says which chart it did not know', async () => {
    renderRoute('/timeline?view=axis&panels=seizures,not-a-chart');
    expect(await screen.findByText('Unknown chart ignored: not-a-chart')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Firearms seized' })).toBeInTheDocument();
  });
});
