/** The build's entry into the app's modules (loaded by build/vite/runner.ts). */
export { readDataset, DatasetError, type Dataset } from './dataset';
export { feedFiles } from './feeds';
export { renderPage } from './render';
export {
  embedsToDraw,
  oembedResponse,
  renderEmbed,
  type EmbedToDraw,
  type OEmbedRich,
  type RenderedEmbed,
} from './embeds';
export { datasetZip, downloadName } from './download';
export { fileNameOf, pagesToDraw, redirects, robots, sitemap, type PageToDraw } from './pages';
export { previewCards, type PreviewCard, type PreviewChart } from './previews';
