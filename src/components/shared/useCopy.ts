import { useState } from 'react';

/**
 * Copying to the clipboard with a message to announce: what was copied, or,
 * where the browser blocks the clipboard, what to do instead.
 */
export function useCopy() {
  const [status, setStatus] = useState('');
  const copy = async (text: string, copied: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(copied);
    } catch {
      setStatus('Copying is blocked here: copy the address from the address bar.');
    }
  };
  return [status, copy, setStatus] as const;
}
