import { describe, expect, it } from 'vitest';
import { checkCorrectionsUrl, readSite } from './site';

describe('readSite', () => {
  it('defaults to the root on a local address, and says the address is local', () => {
    expect(readSite({})).toEqual({ base: '/', url: 'http://localhost:4173/', local: true });
  });
  it('puts links under the base path whether SITE_URL names the root or the base', () => {
    const expected = { base: '/irt/', url: 'https://example.org/irt/', local: false };
    expect(readSite({ BASE_PATH: '/irt/', SITE_URL: 'https://example.org' })).toEqual(expected);
    expect(readSite({ BASE_PATH: 'irt', SITE_URL: 'https://example.org/irt/' })).toEqual(expected);
    expect(readSite({ SITE_URL: 'https://example.org/' })).toEqual({
      base: '/',
      url: 'https://example.org/',
      local: false,
    });
  });
  it('refuses an address that is not a web address', () => {
    expect(() => readSite({ SITE_URL: 'javascript:alert(1)' })).toThrow(/http\(s\)/);
  });
});

describe('checkCorrectionsUrl', () => {
  it('accepts an issue form or a mailto: address with placeholders, or nothing', () => {
    expect(() => {
      checkCorrectionsUrl(undefined);
      checkCorrectionsUrl('https://github.com/o/r/issues/new?title={title}&body={url}');
      checkCorrectionsUrl('mailto:fix@example.org?subject={id}');
    }).not.toThrow();
  });
  it('stops the build on an address that would be a dead link', () => {
    expect(() => {
      checkCorrectionsUrl('corrections@example.org');
    }).toThrow(/VITE_CORRECTIONS_URL must be an https:\/\/ issue-form address or a mailto: address/);
    expect(() => {
      checkCorrectionsUrl('http://insecure.example/form');
    }).toThrow(/VITE_CORRECTIONS_URL/);
  });
});
