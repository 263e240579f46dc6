import type { ReactNode } from 'react';

/** An error a screen cannot go on without, announced to screen readers. */
export function ErrorMessage({ id, children }: { id?: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="error" role="alert">
      {children}
    </p>
  );
}

/** The outcome of the last action ("Saved", "Sent"), announced politely. Always rendered: live regions
 *  must exist before their text changes to be read out. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p className={children ? 'notice' : 'notice empty'} role="status">
      {children}
    </p>
  );
}

export function Loading() {
  return <p className="muted">Loading…</p>;
}

export function LoadMore({
  hasMore,
  busy,
  onClick,
}: {
  hasMore: boolean;
  busy: boolean;
  onClick: () => void;
}) {
  if (!hasMore) return null;
  return (
    <button type="button" className="secondary load-more" disabled={busy} onClick={onClick}>
      {busy ? 'Loading…' : 'Load more'}
    </button>
  );
}

/** An HTML email shown as the recipient would see it: no scripts, no same-origin access, no forms. */
export function HtmlPreview({ html, title }: { html: string; title: string }) {
  return <iframe className="html-preview" title={title} sandbox="" srcDoc={html} />;
}
