import { useState, type ReactNode } from 'react';

/**
 * A folded section (`<details>`) whose content is drawn only when the reader opens it: long lists
 * stay out of the page's HTML until asked for.
 */
export function Folded({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className={className}
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
      }}
    >
      <summary>{summary}</summary>
      {open ? children : null}
    </details>
  );
}
