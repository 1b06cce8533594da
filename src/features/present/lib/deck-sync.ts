/**
 * Keeps the windows showing one presentation on the same slide (the audience view on the projector,
 * the speaker view on the laptop): whichever gets the key press tells the others. Through a
 * `BroadcastChannel`; where there is none, through browser storage's `storage` event (other windows
 * of the same site); with neither, the one window simply works alone. Local to the browser: works
 * offline.
 */
export interface SlideMessage {
  /** Which presentation (its deck or selection): windows on another one ignore the message. */
  deck: string;
  /** 1-based. */
  slide: number;
  /** Sent by this window instance (its own messages are not echoed back to it). */
  from: string;
}

const CHANNEL = 'irt:present';

export function isSlideMessage(value: unknown): value is SlideMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.deck === 'string' &&
    typeof m.from === 'string' &&
    typeof m.slide === 'number' &&
    Number.isInteger(m.slide) &&
    m.slide >= 1
  );
}

export interface DeckSync {
  announce(slide: number): void;
  close(): void;
}

export function openDeckSync(
  deck: string,
  onSlide: (slide: number) => void,
  env: { BroadcastChannel?: typeof BroadcastChannel; storage?: Storage | null; window?: Window } = globalThis,
): DeckSync {
  const from = Math.random().toString(36).slice(2);
  const receive = (data: unknown) => {
    if (isSlideMessage(data) && data.deck === deck && data.from !== from) onSlide(data.slide);
  };
  const Channel = env.BroadcastChannel;
  if (Channel) {
    const channel = new Channel(CHANNEL);
    channel.onmessage = (e: MessageEvent) => {
      receive(e.data);
    };
    return {
      announce(slide) {
        channel.postMessage({ deck, slide, from } satisfies SlideMessage);
      },
      close() {
        channel.close();
      },
    };
  }
  const storage = env.storage ?? null;
  const win = env.window;
  if (!storage || !win) return { announce: () => undefined, close: () => undefined };
  const onStorage = (e: StorageEvent) => {
    if (e.key !== CHANNEL || !e.newValue) return;
    try {
      receive(JSON.parse(e.newValue));
    } catch {
      // Not ours, or cut short: ignored.
    }
  };
  win.addEventListener('storage', onStorage);
  return {
    announce(slide) {
      try {
        storage.setItem(CHANNEL, JSON.stringify({ deck, slide, from, at: Date.now() }));
      } catch {
        // Storage full or blocked: this window goes on alone.
      }
    },
    close() {
      win.removeEventListener('storage', onStorage);
    },
  };
}
