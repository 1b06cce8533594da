import { useEffect, useLayoutEffect, useRef, type PointerEvent } from 'react';
import { openDeckSync, type DeckSync } from './deck-sync';

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
  const position = useRef(current);
  /** Moves to a slide (1-based), telling the other windows (set with the key handler below). */
  const goRef = useRef<(n: number) => void>(() => undefined);
  // A swipe across the slide (touch or pen) moves one slide.
  const swipe = useRef<{ x: number; y: number } | null>(null);
  useLayoutEffect(() => {
    position.current = current;
  }, [current]);

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
      if (target === position.current + 1) return;
      position.current = target - 1;
      move(target);
    };
  });
  useLayoutEffect(() => {
    const go = (n: number) => {
      const target = Math.max(1, Math.min(count, n));
      if (target === position.current + 1) return;
      position.current = target - 1;
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
          go(position.current + 2);
        },
        ArrowDown: () => {
          go(position.current + 2);
        },
        PageDown: () => {
          go(position.current + 2);
        },
        ' ': () => {
          go(e.shiftKey ? position.current : position.current + 2);
        },
        ArrowLeft: () => {
          go(position.current);
        },
        ArrowUp: () => {
          go(position.current);
        },
        PageUp: () => {
          go(position.current);
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
      goRef.current(position.current + (dx < 0 ? 2 : 0));
    },
    onPointerCancel: () => {
      swipe.current = null;
    },
  };
  return swipeHandlers;
}
