import { describe, expect, it } from 'vitest';
import { escapeAttribute, iframeCode } from './embed-code';

describe('the code that embeds a panel or a storyline', () => {
  const code = iframeCode({
    src: 'https://example.org/irt/es/embed/metrics/seizures',
    title: 'Armas aseguradas · Iron River Tracker',
    width: 640,
    height: 720,
  });

  it('is one iframe of the embed’s address, named, sized, and loaded only when scrolled near', () => {
    expect(code).toBe(
      '<iframe src="https://example.org/irt/es/embed/metrics/seizures" title="Armas aseguradas · Iron River Tracker" width="640" height="720" style="width:100%;max-width:640px;border:0" loading="lazy"></iframe>',
    );
    // No script: the host page needs none.
    expect(code).not.toMatch(/<script|javascript:/i);
  });

  it('escapes what it quotes, so a title cannot close the attribute or open a tag', () => {
    const hostile = iframeCode({
      src: 'https://example.org/embed/metrics/a?b=1&c=2',
      title: 'Smith & Wesson "quoted" <b>',
      width: 640,
      height: 720,
    });
    expect(hostile).toContain('src="https://example.org/embed/metrics/a?b=1&amp;c=2"');
    expect(hostile).toContain('title="Smith &amp; Wesson &quot;quoted&quot; &lt;b&gt;"');
    expect(hostile.match(/<[a-z]/g)).toEqual(['<i']);
    expect(escapeAttribute('a"b')).toBe('a&quot;b');
  });
});
