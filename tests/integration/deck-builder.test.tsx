import { describe, expect, it } from 'vitest';
import userEvent from '@testing-library/user-event';
import { screen, waitFor, within } from '@testing-library/react';
import { decodeDeck, encodeDeck } from '@/features/present/lib/deck-link';
import { deckOfEvents } from '@/features/present/lib/built-deck';
import { renderRoute } from './render-route';

const SIGNED =
  'President Biden signs the Bipartisan Safer Communities Act, creating federal straw-purchasing and trafficking crimes';
const PANEL = "People charged under the BSCA's gun-trafficking and straw-purchase crimes";

/** The titles of the builder's slides, in order. */
const slideTitles = () =>
  within(screen.getByRole('region', { name: /^Slides \(/ }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

/** The slides of a presentation (all of them, shown or not): each one's heading. */
const presented = () =>
  screen
    .getAllByRole('region', { hidden: true })
    .filter((r) => r.getAttribute('aria-roledescription') === 'slide')
    .map((r) => within(r).getAllByRole('heading', { level: 1, hidden: true })[0]?.textContent);

describe('the deck builder', () => {
  it('starts from a storyline, adds, reorders by keyboard, takes notes, saves, reloads, and its link reproduces the deck', async () => {
    const user = userEvent.setup();
    const { router, unmount } = renderRoute('/present/build?storyline=bsca');
    expect(await screen.findByRole('heading', { level: 1, name: 'Build a deck' })).toBeInTheDocument();
    expect(screen.getByText('Started a deck from 4 events.')).toBeInTheDocument();
    // The address is cleared once the deck is kept in the browser (a reload finds it there).
    await waitFor(() => {
      expect(router.state.location.search).toBe('');
    });
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Bipartisan Safer Communities Act');
    expect(slideTitles()).toEqual([
      'Senate passes the Bipartisan Safer Communities Act, 65–33',
      'House passes the Bipartisan Safer Communities Act, 234–193',
      SIGNED,
      "DOJ reports more than 500 defendants charged under the BSCA's trafficking and straw-purchase crimes",
    ]);

    // Add an event found by searching, and a metric panel.
    await user.type(screen.getByRole('searchbox', { name: 'Search the events' }), 'mexico sues boston');
    await user.click(
      screen.getByRole('button', { name: 'Add Mexico sues U.S. gun makers in federal court in Boston' }),
    );
    expect(screen.getByRole('button', { name: /^In the deck Mexico sues U\.S\. gun makers/ })).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Metric panel' }), PANEL);
    await user.click(screen.getByRole('button', { name: 'Add the panel' }));
    expect(screen.getByRole('region', { name: 'Slides (6)' })).toBeInTheDocument();
    expect(screen.getByText(`Added ${PANEL} as slide 6.`)).toBeInTheDocument();

    // Move the panel up twice by keyboard: focus stays on its button, and the move is announced.
    const up = screen.getByRole('button', { name: `Move up ${PANEL}` });
    up.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(`Moved ${PANEL} to position 5 of 6`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Move up ${PANEL}` })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(`Moved ${PANEL} to position 4 of 6`)).toBeInTheDocument();
    expect(slideTitles()[3]).toBe(PANEL);
    // The first slide cannot go up.
    const first = screen.getByRole('button', { name: /^Move up Senate passes/ });
    expect(first).toBeDisabled();

    // The presenter's words: a subtitle, a note on a slide, the closing words.
    await user.type(screen.getByRole('textbox', { name: 'Subtitle' }), 'From vote to prosecutions');
    await user.type(
      screen.getByRole('textbox', { name: `Your note (speaker view only): ${SIGNED}` }),
      'Mention the 65–33 vote.',
    );
    await user.type(screen.getByRole('textbox', { name: 'Closing words' }), 'Questions?');

    // Saved in the browser; a reload finds the deck being built and the saved one.
    await user.click(screen.getByRole('button', { name: 'Save in this browser' }));
    expect(screen.getByText('Saved “Bipartisan Safer Communities Act”.')).toBeInTheDocument();
    const order = slideTitles();
    // The link (written once the typing is done), with its length against the stated limit.
    let link = '';
    await waitFor(async () => {
      link = screen.getByRole<HTMLInputElement>('textbox', { name: 'Link to this deck' }).value;
      expect(await decodeDeck(new URL(link).searchParams.get('d') ?? '')).toMatchObject({
        deck: { closing: 'Questions?' },
      });
    });
    expect(screen.getByText(/^\d+ of 2,000 characters/)).toBeInTheDocument();
    unmount();

    const { unmount: leave } = renderRoute('/present/build');
    expect(await screen.findByRole('heading', { level: 1, name: 'Build a deck' })).toBeInTheDocument();
    expect(slideTitles()).toEqual(order);
    expect(screen.getByRole('textbox', { name: `Your note (speaker view only): ${SIGNED}` })).toHaveValue(
      'Mention the 65–33 vote.',
    );
    const saved = screen.getByRole('list', { name: 'Saved decks' });
    expect(
      within(saved).getByRole('button', { name: 'Open Bipartisan Safer Communities Act' }),
    ).toBeInTheDocument();
    expect(within(saved).getByText(/^Slides \(6\)/)).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Link to this deck' })).toHaveValue(link);

    // The link, opened anew, presents the same deck: title, the six slides in order, sources, closing.
    leave();
    const url = new URL(link);
    expect(url.pathname).toBe('/present');
    expect([...url.searchParams.keys()]).toEqual(['d']);
    renderRoute(`${url.pathname}${url.search}&slide=4&notes=1`);
    expect(await screen.findByText('Slide 4 of 9')).toBeInTheDocument();
    expect(presented()).toEqual([
      'Bipartisan Safer Communities Act',
      ...order,
      'Every source cited in this presentation',
      'Questions?',
    ]);
    // The speaker view shows the presenter's note for the slide (never the slide itself).
    expect(screen.getByRole('complementary', { name: 'Speaker notes' })).toHaveTextContent(
      'Mention the 65–33 vote.',
    );
    const slide = screen.getByRole('region', { name: 'Slide 4 of 9' });
    expect(slide).not.toHaveTextContent('Mention the 65–33 vote.');
  });

  it('refuses a file that is not a deck, saying what is wrong, and changes nothing', async () => {
    const user = userEvent.setup();
    renderRoute('/present/build?deck=fixture-deck');
    expect(await screen.findByText('Started a deck from the one you opened.')).toBeInTheDocument();
    const before = slideTitles();
    expect(before).toHaveLength(5);
    const bad = {
      format: 'iron-river-tracker/deck',
      version: 1,
      deck: { title: 'x', items: [{ kind: 'event' }] },
    };
    await user.upload(
      screen.getByLabelText('Import a file'),
      new File([JSON.stringify(bad)], 'deck.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        'This file cannot be imported: “deck.subtitle” is missing or is not text. Nothing was changed.',
      ),
    ).toBeInTheDocument();
    expect(slideTitles()).toEqual(before);
  });

  it('sets a corrupt store of saved decks aside with a notice, and works on', async () => {
    window.localStorage.setItem('irt:decks', '{"v":1,"data":[{"oops"');
    renderRoute('/present/build');
    expect(await screen.findByText(/could not be read \(your saved decks\)/)).toBeInTheDocument();
    expect(screen.getByText(/The old value was kept aside/)).toBeInTheDocument();
    expect(screen.getByText('No saved decks yet.')).toBeInTheDocument();
    const kept = Object.keys(window.localStorage).filter((k) => k.startsWith('irt:decks:set-aside:'));
    expect(kept).toHaveLength(1);
    expect(screen.getByText(/No slides yet/)).toBeInTheDocument();
  });
});

describe('a built deck’s link', () => {
  it('leaves out and names the slides this dataset does not have', async () => {
    const d = await encodeDeck({ ...deckOfEvents(['bsca-signed', 'no-such-event'], { title: 'Mine' }) });
    renderRoute(`/present?d=${d}`);
    expect(
      await screen.findByText('Left out, as this dataset does not have them: event “no-such-event”.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Slide 1 of 4')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Mine' })).toBeInTheDocument();
  });

  it('says plainly when it is damaged, in the page’s language', async () => {
    renderRoute('/es/present?d=zAAAAAAAAAAA');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Esta presentación no se puede mostrar' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Este enlace está dañado o cortado');
    expect(screen.getByRole('link', { name: 'Armar una presentación' })).toHaveAttribute(
      'href',
      '/es/present/build',
    );
  });
});
