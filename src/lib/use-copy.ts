import { useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies text to the clipboard and says how it went ("copied", or "failed" where the browser
 * refuses, so the page can tell the reader to select and copy by hand).
 */
export function useCopy(): [CopyState, (text: string) => void] {
  const [state, setState] = useState<CopyState>('idle');
  const copy = (text: string) => {
    // navigator.clipboard is missing outside secure contexts; that is a failure, not a crash.
    const clipboard = (navigator as Partial<Navigator>).clipboard;
    if (!clipboard) {
      setState('failed');
      return;
    }
    clipboard.writeText(text).then(
      () => {
        setState('copied');
      },
      () => {
        setState('failed');
      },
    );
  };
  return [state, copy];
}
