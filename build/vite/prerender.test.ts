import { describe, expect, it } from 'vitest';
import { createStyleExtractor, prerenderedPages, stripMarkers } from './prerender';

describe('the pre-rendered first paint', () => {
  it('draws the pages the route table marks, each as its own file', () => {
    const pages = prerenderedPages();
    expect(pages.find((p) => p.path === '/')).toMatchObject({ fileName: 'index.html', data: true });
    expect(pages.find((p) => p.path === '/timeline')).toMatchObject({
      fileName: 'timeline.html',
      phoneOnly: true,
    });
    expect(pages.find((p) => p.path === '/sources')).toMatchObject({ data: false });
    expect(pages.some((p) => p.path.includes(':'))).toBe(false);
  });

  it('removes React’s streaming markers and the page title from the drawn markup', () => {
    expect(
      stripMarkers('<title>T</title><!--$--><p>a</p><!--/$--><template id="x"><b>b</b></template>'),
    ).toBe('<p>a</p>');
  });

  it('moves style attributes (forbidden by the policy) into classes of a stylesheet', () => {
    const styles = createStyleExtractor();
    const html = styles.extract(
      '<div style="left:10px" class="a"></div><span style="left:10px"></span><i style="top:1px"></i>',
    );
    expect(html).toBe('<div class="a fp0"></div><span class="fp0"></span><i class="fp1"></i>');
    expect(styles.stylesheet()).toBe('.fp0{left:10px !important}\n.fp1{top:1px !important}');
  });
});
