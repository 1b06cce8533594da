/** Text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
}

/**
 * The code another site pastes to show an embed (the page's "Embed" and the oEmbed `html`): an
 * iframe of the embed's absolute address, named for assistive technology (`title`), as wide as the
 * host's column and `height` tall, loaded only when scrolled near. No script: the host needs none.
 */
export function iframeCode({
  src,
  title,
  width,
  height,
}: {
  src: string;
  title: string;
  width: number;
  height: number;
}): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${String(width)}" height="${String(height)}" style="width:100%;max-width:${String(width)}px;border:0" loading="lazy"></iframe>`;
}
