import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from './render-route';

describe('a reader checks a figure', () => {
  it('keeps a Spanish page’s tab in its own address, with no language parameter', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/es/metrics/seizures');
    const tabs = await screen.findByRole('tablist', { name: 'Vistas de esta cifra' }, { timeout: 5000 });
    // Every address the router goes through, on the way as well (a legacy `lang=` would be redirected).
    const seen: string[] = [];
    router.subscribe((state) => {
      seen.push(`${state.navigation.location?.search ?? ''} ${state.location.search}`);
    });
    await user.click(within(tabs).getByRole('tab', { name: 'Tabla' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('?tab=table');
    });
    expect(router.state.location.pathname).toBe('/es/metrics/seizures');
    expect(seen.join(' ')).not.toContain('lang=');
  });

  it('switches between chart, table and sources, and the URL follows', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/metrics/seizures');
    // The chart module (Recharts) is loaded on demand; in jsdom the first import can be slow.
    const tabs = await screen.findByRole('tablist', { name: 'Views of this figure' }, { timeout: 5000 });
    expect(within(tabs).getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
    await user.click(within(tabs).getByRole('tab', { name: 'Table' }));
    expect(
      await screen.findByRole(
        'table',
        { name: 'Firearms seized: every published figure' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tab=table');
    await waitFor(() => {
      expect(within(tabs).getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
    });
    within(tabs).getByRole('tab', { name: 'Table' }).focus();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => {
      expect(screen.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
    });
    expect(await screen.findByRole('link', { name: /Mexican drug cartels pay Americans/ })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  });

  it('lists the policy events marked on the chart and lets the reader choose storylines', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/metrics/us-origin-share?highlight=bsca-signed');
    const picker = await screen.findByRole('group', { name: 'Policy events on the chart' });
    expect(within(picker).getByRole('checkbox', { name: 'Bipartisan Safer Communities Act' })).toBeChecked();
    const marked = await within(picker).findByRole('list', { name: 'Marked events' });
    expect(within(marked).getByRole('link', { name: /President Biden signs/ })).toBeInTheDocument();
    await user.click(within(picker).getByRole('checkbox', { name: 'Project Thor' }));
    expect(router.state.location.search).toContain('events=');
    expect(router.state.location.search).toContain('project-thor');
    expect(
      await within(picker).findByRole('link', { name: 'Project Thor denied funding for fiscal year 2022' }),
    ).toBeInTheDocument();
  });

  it('opens on the table from a link, in Spanish', async () => {
    renderRoute('/es/metrics/atf-mexico-traces?tab=table');
    const table = await screen.findByRole('table', { name: /Rastreos de la ATF/ });
    expect(within(table).getByRole('rowheader', { name: '32,111' })).toBeInTheDocument();
  });
});
