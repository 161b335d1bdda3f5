/** What a link (or an imported file) asked for that could not be used, announced, with a way to dismiss it. */
interface Props {
  notices: string[];
  onDismiss: () => void;
  /** The island's own class, for its styles. */
  className: string;
  /** A sentence before the list, if the island has one. */
  lead?: string;
}

export function Notices({ notices, onDismiss, className, lead }: Props) {
  if (!notices.length) return null;
  return (
    <div className={className} role="alert">
      {lead && <p>{lead}</p>}
      <ul>
        {notices.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
