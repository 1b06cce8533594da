import { describe, expect, it } from 'vitest';
import { SlidePosition } from './use-deck-navigation';

describe('a window’s place in a presentation, ahead of the slide it shows', () => {
  it('is not taken back by a slide shown on the way to a later one', () => {
    const position = new SlidePosition(0);
    // Two quick presses: slides 2 and 3 asked for (0-based 1 and 2).
    position.ask(1);
    position.ask(2);
    // Slide 2 arrives first: the position is still slide 3.
    position.shown(1);
    expect(position.value).toBe(2);
    position.shown(2);
    expect(position.value).toBe(2);
  });

  it('follows the other window back to the slide shown on the way (the speaker kept up)', () => {
    const position = new SlidePosition(0);
    position.ask(1);
    position.ask(2);
    position.shown(1);
    // The audience goes back to slide 2 before slide 3 arrives here: still a move to make (the
    // position is slide 3, not 2).
    expect(position.value).toBe(2);
    position.ask(1);
    position.shown(2);
    expect(position.value).toBe(1);
    position.shown(1);
    expect(position.value).toBe(1);
  });

  it('takes a slide shown from elsewhere (a link, Back) as where it is', () => {
    const position = new SlidePosition(3);
    position.shown(5);
    expect(position.value).toBe(5);
    position.ask(6);
    position.shown(0);
    expect(position.value).toBe(0);
  });
});
