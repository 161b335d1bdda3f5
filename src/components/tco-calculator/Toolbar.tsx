/** The scenario's actions: copy its link, export, import, print, reset the prices. */
import { memo } from 'react';
import { importTooLarge } from '../../lib/tco/export';

interface Props {
  enabled: boolean;
  status: string;
  onCopyLink: () => void;
  onCsv: () => void;
  onJson: () => void;
  /** A file's text, or a message when it was refused before reading. */
  onImport: (file: { name: string; text: string } | { name: string; refused: string }) => void;
  onReset: () => void;
}

export const Toolbar = memo(function Toolbar({ enabled, status, onCopyLink, onCsv, onJson, onImport, onReset }: Props) {
  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after a fix
    if (!file) return;
    // Refused before reading: a huge file would freeze the tab while it is parsed.
    const refused = importTooLarge(file.size);
    onImport(refused ? { name: file.name, refused } : { name: file.name, text: await file.text() });
  };
  return (
    <div className="tco-toolbar" aria-label="Scenario actions" role="group">
      <button type="button" disabled={!enabled} onClick={onCopyLink}>
        Copy link
      </button>
      <button type="button" disabled={!enabled} onClick={onCsv}>
        Export CSV
      </button>
      <button type="button" disabled={!enabled} onClick={onJson}>
        Export JSON
      </button>
      <label className={enabled ? 'tco-import' : 'tco-import is-disabled'}>
        Import JSON
        <input type="file" accept="application/json,.json" disabled={!enabled} onChange={(e) => void read(e.currentTarget)} />
      </label>
      <button type="button" disabled={!enabled} onClick={() => window.print()}>
        Print
      </button>
      <button type="button" disabled={!enabled} onClick={onReset}>
        Reset prices
      </button>
      <p className="tco-status" role="status">
        {status}
      </p>
    </div>
  );
});
