import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { server } from '../../mocks/node';
import { configure } from '@testing-library/react';

// A cold start (route modules compiled on first import) on a busy CI machine can take over the
// default second; findBy* waits only as long as needed, so a longer limit costs nothing when fast.
configure({ asyncUtilTimeout: 5000 });

// Fail loudly: an unmocked request or an unexpected console error fails the test.
beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
});
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`);
  });
  window.localStorage.clear();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  vi.restoreAllMocks();
});
afterAll(() => {
  server.close();
});

// jsdom has no clipboard; tests that copy install their own.
Object.defineProperty(window, 'scrollTo', { value: () => undefined, writable: true });
