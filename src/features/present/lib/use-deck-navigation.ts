import { useEffect, useLayoutEffect, useRef, useState, type PointerEvent } from 'react';
import { openDeckSync, type DeckSync } from './deck-sync';

/**
 * Where a window's keys (or the other windows) have taken it, ahead of the slide it shows (0-based).
 * Every move asked for is kept until it is shown, so a slide shown on the way to a later one does
 * not take the position back: after two quick presses the first slide's arrival would otherwise
 * put the position one behind, and a move then asked for by the other window to that same slide
 * would be taken as already made (the speaker stayed a slide ahead of the audience).
 */
export class SlidePosition {
  private asked: number[] = [];
  constructor(public value: number) {}
  /** A move to `slide` is asked for. */
  ask(slide: number): void {
    this.value = slide;
    this.asked.push(slide);
  }
  /** `slide` is shown: one of the moves asked for (in order), or a change from elsewhere. */
  shown(slide: number): void {
    const i = this.asked.indexOf(slide);
    this.asked = i === -1 ? [] : this.asked.slice(i + 1);
    if (this.asked.length === 0) this.value = slide;
  }
}

/**
 * Moving through a presentation: the keys (a clicker's too), a swipe across the slides (touch or
 * pen), and the other windows of the same presentation (audience, speaker), which follow each
 * other's slide. `current` is the slide shown (0-based); `move` shows slide n (1-based), `leave`
 * leaves the presentation (Esc).
 */
export function useDeckNavigation({
  current,
  count,
  deckKey,
  move,
  leave,
}: {
  current: number;
  count: number;
  /** Which presentation this is: windows with the same key follow each other. */
  deckKey: string;
  move: (n: number) => void;
  leave: () => void;
}) {
  // Where the keys have taken us, ahead of the URL: a clicker pressed twice quickly moves twice.
  const [position] = useState(() => new SlidePosition(current));
  /** Moves to a slide (1-based), telling the other windows (set with the key handler below). */
  const goRef = useRef<(n: number) => void>(() => undefined);
  // A swipe across the slide (touch or pen) moves one slide.
  const swipe = useRef<{ x: number; y: number } | null>(null);
  useLayoutEffect(() => {
    position.shown(current);
  }, [position, current]);

  // Attached while the slide is committed (not after it is painted), so keys work from the moment
  // the first slide shows.
  // The windows of this presentation (audience, speaker) follow each other's slide.
  const sync = useRef<DeckSync | null>(null);
  const follow = useRef<(n: number) => void>(() => undefined);
  useEffect(() => {
    const channel = openDeckSync(deckKey, (n) => {
      follow.current(n);
    });
    sync.current = channel;
    return () => {
      channel.close();
      sync.current = null;
    };
  }, [deckKey]);
  useLayoutEffect(() => {
    follow.current = (n: number) => {
      const target = Math.max(1, Math.min(count, n));
      if (target === position.value + 1) return;
      position.ask(target - 1);
      move(target);
    };
  });
  useLayoutEffect(() => {
    const go = (n: number) => {
      const target = Math.max(1, Math.min(count, n));
      if (target === position.value + 1) return;
      position.ask(target - 1);
      sync.current?.announce(target);
      move(target);
    };
    goRef.current = go;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      const keys: Record<string, () => void> = {
        ArrowRight: () => {
          go(position.value + 2);
        },
        ArrowDown: () => {
          go(position.value + 2);
        },
        PageDown: () => {
          go(position.value + 2);
        },
        ' ': () => {
          go(e.shiftKey ? position.value : position.value + 2);
        },
        ArrowLeft: () => {
          go(position.value);
        },
        ArrowUp: () => {
          go(position.value);
        },
        PageUp: () => {
          go(position.value);
        },
        Home: () => {
          go(1);
        },
        End: () => {
          go(count);
        },
        Escape: () => {
          if (document.fullscreenElement) return;
          leave();
        },
        f: () => {
          void document.documentElement.requestFullscreen().catch(() => undefined);
        },
      };
      const action = keys[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  });

  /** The pointer handlers for the box of slides: a swipe left or right moves one slide. */
  const swipeHandlers = {
    onPointerDown: (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') swipe.current = { x: e.clientX, y: e.clientY };
    },
    onPointerUp: (e: PointerEvent) => {
      const start = swipe.current;
      swipe.current = null;
      if (!start) return;
      const dx = e.clientX - start.x;
      if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(e.clientY - start.y)) return;
      goRef.current(position.value + (dx < 0 ? 2 : 0));
    },
    onPointerCancel: () => {
      swipe.current = null;
    },
  };
  return swipeHandlers;
}
