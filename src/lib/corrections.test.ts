import { describe, expect, it } from 'vitest';
import { correctionHref } from './corrections';

const target = {
  id: 'bsca-signed',
  title: 'Safer Communities Act signed & enacted #1',
  url: 'https://tracker.example/events/bsca-signed',
};

describe('correction links', () => {
  it('fills an issue form with the record’s id, title and address, each encoded', () => {
    const href = correctionHref(
      'https://github.com/org/repo/issues/new?template=correction.yml&record={id}&title=Correction:+{title}&page={url}',
      target,
    );
    const url = new URL(href ?? '');
    expect(url.searchParams.get('record')).toBe('bsca-signed');
    expect(url.searchParams.get('title')).toBe('Correction: Safer Communities Act signed & enacted #1');
    expect(url.searchParams.get('page')).toBe('https://tracker.example/events/bsca-signed');
    expect(url.searchParams.get('template')).toBe('correction.yml');
  });

  it('fills a mailto: subject and body', () => {
    const href = correctionHref('mailto:corrections@example.org?subject={title}&body={url}', target);
    expect(href).toMatch(/^mailto:corrections@example\.org\?subject=Safer%20Communities/);
    expect(href).toContain('%26%20enacted%20%231');
  });

  it('shows no link when none is configured or the address is not a web or mail address', () => {
    expect(correctionHref(null, target)).toBeNull();
    expect(correctionHref('javascript:alert({id})', target)).toBeNull();
    expect(correctionHref('not a url', target)).toBeNull();
  });
});
