import './styles.css';

/**
 * The page's entry. The pre-rendered page is painted first; then the app's JavaScript (React, the
 * router, the first page's code: about 120 kB gzip, src/main.tsx) is fetched and hydrates it. Asked
 * for at once, those downloads would start while the page still waits for its stylesheet, and on a
 * slow connection the first paint would share the bandwidth with them (docs/perf.md).
 */
const nextTask = () =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

async function boot(): Promise<void> {
  // A module graph is run in one task. React's file, the largest, runs in a task of its own first,
  // then the app: shorter tasks, with the page able to respond between them. (Not React Router's
  // entry on its own as well: imported lazily, a package keeps every export, 14 kB gzip more.)
  await import('react-dom/client');
  await nextTask();
  await import('./main');
}

let started = false;
function start(): void {
  if (started) return;
  started = true;
  void boot();
}

// A page drawn by the build starts once its first contentful paint is recorded (when the frame is
// on screen), or after three seconds at most. A page drawn only in the browser (an empty root), a
// page opened in the background (it paints nothing) and a browser without paint timing start at once.
const drawn = document.getElementById('root')?.hasChildNodes() ?? false;
// (An older browser may have no PerformanceObserver, or no list of what it observes.)
const paintTiming =
  typeof PerformanceObserver !== 'undefined' &&
  (PerformanceObserver.supportedEntryTypes as readonly string[] | undefined)?.includes('paint') === true;
if (!drawn || !paintTiming || document.visibilityState === 'hidden') start();
else {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, 3000);
}
