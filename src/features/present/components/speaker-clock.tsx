import { useEffect, useState } from 'react';
import { localeOf, type Lang } from '@/lib/format';
import { useI18n } from '@/lib/i18n/context';

const two = (n: number) => String(n).padStart(2, '0');

/** Elapsed time as `m:ss`, or `h:mm:ss` past an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${String(h)}:${two(m)}:${two(s)}` : `${String(m)}:${two(s)}`;
}

/** The speaker view's clock and the time since the presentation started (restartable). */
export function SpeakerClock({ lang }: { lang: Lang }) {
  const w = useI18n().m.speakerClock;
  const [now, setNow] = useState(() => Date.now());
  const [start, setStart] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return (
    <p className="speaker-clock">
      <span>
        {w.clock}:{' '}
        <time>
          {new Date(now).toLocaleTimeString(localeOf(lang), { hour: '2-digit', minute: '2-digit' })}
        </time>
      </span>
      <span>
        {w.elapsed}: <span className="elapsed">{formatElapsed(now - start)}</span>
      </span>
      <button
        type="button"
        className="button small secondary"
        onClick={() => {
          setStart(Date.now());
          setNow(Date.now());
        }}
      >
        {w.reset}
      </button>
    </p>
  );
}
