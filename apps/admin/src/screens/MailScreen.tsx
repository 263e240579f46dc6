import { useState } from 'react';
import { unwrap, type Schemas } from '../api';
import { ErrorMessage, HtmlPreview, LoadMore, Loading } from '../components';
import { dateTime } from '../format';
import { usePages } from '../session';

type CapturedMail = Schemas['CapturedMailView'];

/** With no SMTP_URL, outgoing mail is kept by the server; this is where staff read it. */
export function MailScreen() {
  const mail = usePages<CapturedMail>('mail', (api, cursor) =>
    unwrap(api.GET('/api/v1/mail/captured', { params: { query: { limit: 20, cursor } } })),
  );
  const [openId, setOpenId] = useState<string | null>(null);
  const open = mail.items?.find((m) => m.id === openId);
  return (
    <main className="panels">
      <section className="panel" aria-labelledby="mail-heading">
        <h1 id="mail-heading">Captured mail</h1>
        <p className="muted">No SMTP_URL is set, so outgoing mail is kept here instead of being sent.</p>
        <ErrorMessage>{mail.error}</ErrorMessage>
        {mail.loading && <Loading />}
        {mail.items?.length === 0 && <p className="muted">No mail captured yet.</p>}
        <ul className="pick-list">
          {mail.items?.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="pick-item"
                aria-expanded={m.id === openId}
                onClick={() => setOpenId(m.id === openId ? null : m.id)}
              >
                <span className="subject">{m.subject}</span>
                <span className="muted">
                  {m.to} · {dateTime.format(new Date(m.capturedAt))}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <LoadMore hasMore={mail.hasMore} busy={mail.loadingMore} onClick={mail.loadMore} />
      </section>
      {open && (
        <article className="panel message" aria-label={`Message: ${open.subject}`}>
          <h2>{open.subject}</h2>
          <dl className="fields">
            <dt>From</dt>
            <dd>{open.from}</dd>
            <dt>To</dt>
            <dd>{open.to}</dd>
          </dl>
          <pre>{open.text ?? '(This message has no text part.)'}</pre>
          {open.html && <HtmlPreview html={open.html} title={`HTML version of ${open.subject}`} />}
        </article>
      )}
    </main>
  );
}
