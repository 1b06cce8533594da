import { useLayoutEffect, useRef } from 'react';

const MIN_FIT = 0.55;

/** While presenting (from before the first paint), the site's header and footer go. */
export function usePresentingBody(): void {
  useLayoutEffect(() => {
    document.body.classList.add('presenting');
    return () => {
      document.body.classList.remove('presenting');
    };
  }, []);
}

/**
 * A slide with a long title or summary is set smaller until it fits the screen (down to 55%), as
 * presentation software does: nothing is cut off or needs scrolling in front of a room. Returns the
 * ref for the box of slides; the current slide (`.slide.current`) is fitted again whenever one of
 * the arguments changes, on resize, and when the slide's content changes size.
 */
export function useFitSlide(current: number, lang: string, notes: boolean, slides: readonly unknown[]) {
  const slidesRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const fit = () => {
      const box = slidesRef.current;
      const slide = box?.querySelector<HTMLElement>('.slide.current');
      if (!box || !slide) return;
      const overflow = () =>
        Math.max(
          document.documentElement.scrollHeight - window.innerHeight,
          box.scrollHeight - box.clientHeight,
        );
      let scale = 1;
      // The smallest size known not to fit, once one is found.
      let tooBig: number | null = null;
      slide.style.setProperty('--fit', '1');
      for (let pass = 0; pass < 4; pass++) {
        const over = overflow();
        const height = slide.getBoundingClientRect().height;
        if (over <= 0 || height <= 0 || scale <= MIN_FIT) break;
        tooBig = scale;
        scale = Math.max(MIN_FIT, scale * Math.max(0.5, (height - over) / height));
        slide.style.setProperty('--fit', scale.toFixed(3));
      }
      // Shrinking in proportion to the overflow overshoots (the slide's parts do not all scale):
      // then the largest size between the last that fitted and the first that did not, by halves.
      if (tooBig === null || overflow() > 0) return;
      let fits = scale;
      let high: number = tooBig;
      for (let pass = 0; pass < 5; pass++) {
        const mid: number = (fits + high) / 2;
        slide.style.setProperty('--fit', mid.toFixed(3));
        if (overflow() <= 0) fits = mid;
        else high = mid;
      }
      slide.style.setProperty('--fit', fits.toFixed(3));
    };
    fit();
    window.addEventListener('resize', fit);
    // Fitted again when the slide's content changes size after it is drawn: a chart drawn once its
    // width is measured, a late font.
    const slide = slidesRef.current?.querySelector('.slide.current');
    const resized = typeof ResizeObserver === 'undefined' || !slide ? null : new ResizeObserver(fit);
    for (const part of slide?.children ?? []) resized?.observe(part);
    return () => {
      window.removeEventListener('resize', fit);
      resized?.disconnect();
    };
  }, [current, lang, notes, slides]);
  return slidesRef;
}
