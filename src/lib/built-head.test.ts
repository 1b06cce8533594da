// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dropBuiltHead, noteBuiltHead } from './built-head';

describe('the head the build wrote', () => {
  it('is removed, markers included, once the app has written its own, and nothing else is', () => {
    const element = (tag: string, attrs: Record<string, string> = {}, text = '') => {
      const node = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
      node.textContent = text;
      return node;
    };
    document.head.replaceChildren(
      element('meta', { charset: 'utf-8' }),
      document.createComment('page-head'),
      element('title', {}, 'Built'),
      element('meta', { name: 'description', content: 'd' }),
      document.createComment('/page-head'),
      element('link', { rel: 'stylesheet', href: '/a.css' }),
    );
    noteBuiltHead();
    // React writes the page's own title meanwhile, wherever it puts it.
    const own = document.createElement('title');
    own.textContent = 'Own';
    document.head.insertBefore(own, document.head.querySelector('title'));
    expect(document.head.querySelectorAll('title')).toHaveLength(2);
    // …and adopts a built tag that matches one of its own.
    const description = document.head.querySelector('meta[name="description"]');
    Object.assign(description ?? {}, { __reactFiber$test: {} });
    dropBuiltHead();
    expect(document.head.innerHTML).toBe(
      '<meta charset="utf-8"><title>Own</title><meta name="description" content="d"><link rel="stylesheet" href="/a.css">',
    );
    dropBuiltHead();
    expect(document.title).toBe('Own');
  });
});
