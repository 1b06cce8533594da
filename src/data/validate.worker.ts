import { validateResource } from './registry';
import { forPages, type ValidationRequest, type ValidationResponse } from './validator';

// The data worker: parses and validates response bodies so the page's main thread stays free.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidationRequest>) => void) | null;
  postMessage: (message: ValidationResponse) => void;
};
scope.onmessage = ({ data: { id, name, text } }) => {
  let result: ValidationResponse['result'];
  try {
    result = forPages(name, validateResource(name, text));
  } catch (error) {
    result = {
      ok: false,
      kind: 'schema',
      detail: { reason: error instanceof Error ? error.message : 'failed' },
    };
  }
  scope.postMessage({ id, result });
};
