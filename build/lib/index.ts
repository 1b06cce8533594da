/** The build's entry into the app's modules (loaded by build/vite/runner.ts). */
export { readDataset, DatasetError, type Dataset } from './dataset';
export { feedFiles } from './feeds';
export { renderPage, renderBoot } from './render';
export { datasetZip, downloadName } from './download';
