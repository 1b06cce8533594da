/**
 * The head the build wrote into a page (its title, description, canonical, Open Graph… between
 * `<!--page-head-->` markers). React writes the page's own once it renders (`<PageHead>`), adopting
 * the built tags that match when it hydrates; the others stay until then, so a page is never
 * without a title, and are removed right after.
 */
let built: ChildNode[] = [];

/** Takes note of the built head (before React runs). */
export function noteBuiltHead(head: HTMLHeadElement = document.head): void {
  const nodes: ChildNode[] = [];
  let inside = false;
  for (const node of [...head.childNodes]) {
    const marker = node.nodeType === Node.COMMENT_NODE ? node.textContent : null;
    if (marker === 'page-head') inside = true;
    if (inside || marker === '/page-head') nodes.push(node);
    if (marker === '/page-head') inside = false;
  }
  built = nodes;
}

/**
 * Whether React has taken a node over: hydrating, it adopts the built tags that match the page's
 * own (they are then React's, removed by React when the page changes); it marks each node it
 * manages with an internal property.
 */
const adopted = (node: ChildNode) => Object.keys(node).some((key) => key.startsWith('__reactFiber$'));

/** Removes what React did not adopt of the built head: called once React has written the page's own. */
export function dropBuiltHead(): void {
  for (const node of built) if (!adopted(node)) node.remove();
  built = [];
}
