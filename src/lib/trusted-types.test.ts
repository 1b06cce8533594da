import { describe, expect, it } from 'vitest';
import { isOwnScript } from './trusted-types';

describe('the Trusted Types policy', () => {
  const page = 'https://tracker.example/es/timeline';
  it('lets through the app’s own scripts', () => {
    expect(isOwnScript('/sw.js', page)).toBe(true);
    expect(isOwnScript('https://tracker.example/assets/validate.worker-abc.js', page)).toBe(true);
  });
  it('refuses scripts from anywhere else, and what is not a URL', () => {
    expect(isOwnScript('https://evil.example/x.js', page)).toBe(false);
    expect(isOwnScript('javascript:alert(1)', page)).toBe(false);
    expect(isOwnScript('data:text/javascript,alert(1)', page)).toBe(false);
    expect(isOwnScript('http://[::1', page)).toBe(false);
  });
});
