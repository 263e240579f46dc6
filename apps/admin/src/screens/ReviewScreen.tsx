import { useState, type FormEvent } from 'react';
import { isStatus, unwrap, type Schemas } from '../api';
import { ErrorMessage, HtmlPreview, LoadMore, Loading, StatusMessage } from '../components';
import { dateTime, fromNow, money } from '../format';
import { useAction, useLoad, usePages } from '../session';

type Acknowledgement = Schemas['AcknowledgementView'];

const NOT_HELD =
  'This thank-you is no longer waiting for review (someone may have approved or skipped it). ' +
  'The queue has been refreshed.';

/** Major gifts and other held thank-yous: add a note, read the exact message, approve it or skip it. */
export function ReviewScreen() {
  const queue = usePages<Acknowledgement>('held', (api, cursor) =>
    unwrap(api.GET('/api/v1/acknowledgements', { params: { query: { status: 'held', limit: 50, cursor } } })),
  );
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const selected = queue.items?.find((a) => a.id === selectedId) ?? null;

  const finished = (id: string, message: string) => {
    queue.remove(id);
    setSelectedId(null);
    setNotice(message);
    queue.reload();
  };
  const gone = () => {
    setSelectedId(null);
    setNotice(NOT_HELD);
    queue.reload();
  };

  return (
    <main className="panels panels-wide">
      <section className="panel" aria-labelledby="queue-heading">
        <h1 id="queue-heading">Review queue</h1>
        <p className="muted">
          Thank-yous held for a person: major gifts, anything the rules would not send alone, and sends that
          were cut short and may already have arrived. Add a personal note, read the message as it will be
          sent, then approve or skip it.
        </p>
        <StatusMessage>{notice}</StatusMessage>
        <ErrorMessage>{queue.error}</ErrorMessage>
        {queue.loading && <Loading />}
        {queue.items?.length === 0 && <p className="muted">Nothing is waiting for review.</p>}
        {queue.items && queue.items.length > 0 && (
          <ul className="pick-list" aria-label="Held thank-yous">
            {queue.items.map((ack) => (
              <li key={ack.id}>
                <button
                  type="button"
                  className="pick-item"
                  aria-current={ack.id === selectedId ? 'true' : undefined}
                  onClick={() => {
                    setNotice(null);
                    setSelectedId(ack.id === selectedId ? null : ack.id);
                  }}
                >
                  <span className="pick-line">
                    <span className="subject">{ack.constituentName}</span>
                    <span className="amount">{money(ack.amount, ack.currency)}</span>
                  </span>
                  {ack.unknownOutcome?.awaitingDecision && (
                    <span className="badge badge-warning">May already have reached the donor</span>
                  )}
                  <span className="muted">{ack.reason ?? 'Held for review'}</span>
                  <span className="muted">
                    Waiting since{' '}
                    <time dateTime={ack.giftReceivedAt} title={dateTime.format(new Date(ack.giftReceivedAt))}>
                      {fromNow(ack.giftReceivedAt)}
                    </time>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <LoadMore hasMore={queue.hasMore} busy={queue.loadingMore} onClick={queue.loadMore} />
      </section>
      {selected ? (
        <ReviewDetail key={selected.id} ack={selected} onFinished={finished} onGone={gone} />
      ) : (
        queue.items &&
        queue.items.length > 0 && (
          <section className="panel placeholder" aria-label="Thank-you">
            <p className="muted">Choose a held thank-you to read and approve it.</p>
          </section>
        )
      )}
    </main>
  );
}

function ReviewDetail({
  ack,
  onFinished,
  onGone,
}: {
  ack: Acknowledgement;
  onFinished: (id: string, message: string) => void;
  onGone: () => void;
}) {
  const [savedNote, setSavedNote] = useState(ack.personalNote ?? '');
  const [note, setNote] = useState(savedNote);
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const preview = useLoad(`preview:${ack.id}`, (api) =>
    unwrap(api.GET('/api/v1/acknowledgements/{id}/preview', { params: { path: { id: ack.id } } })),
  );
  const path = { params: { path: { id: ack.id } } };
  const conflict = (e: unknown) => {
    if (!isStatus(e, 409)) return null;
    onGone();
    return NOT_HELD;
  };

  async function saveNote(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await action.run(
      (api) => unwrap(api.PATCH('/api/v1/acknowledgements/{id}', { ...path, body: { personalNote: note } })),
      conflict,
    );
    if (saved) {
      setSavedNote(saved.personalNote ?? '');
      setNote(saved.personalNote ?? '');
      setNotice('Note saved. The preview shows it.');
      preview.reload();
    }
  }

  async function approve(confirmResend = false) {
    const sent = await action.run(
      (api) =>
        unwrap(
          api.POST('/api/v1/acknowledgements/{id}/approve', {
            ...path,
            body: { personalNote: note, ...(confirmResend ? { confirmResend } : {}) },
          }),
        ),
      conflict,
    );
    if (sent) {
      onFinished(
        ack.id,
        confirmResend
          ? `Sending again: the thank-you to ${ack.constituentName} is on its way, and your decision is recorded.`
          : `Approved: the thank-you to ${ack.constituentName} is on its way.`,
      );
    }
  }

  async function markSent(evidence: string) {
    const marked = await action.run(
      (api) => unwrap(api.POST('/api/v1/acknowledgements/{id}/mark-sent', { ...path, body: { evidence } })),
      conflict,
    );
    if (marked) {
      onFinished(ack.id, `Recorded as sent: nothing more goes to ${ack.constituentName} for this gift.`);
    }
  }

  async function skip(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const skipped = await action.run(
      (api) =>
        unwrap(api.POST('/api/v1/acknowledgements/{id}/skip', { ...path, body: { reason: reason.trim() } })),
      conflict,
    );
    if (skipped) onFinished(ack.id, `Skipped the thank-you to ${ack.constituentName}: ${skipped.reason}`);
  }

  const dirty = note !== savedNote;
  const uncertain = ack.unknownOutcome?.awaitingDecision ? ack.unknownOutcome : null;
  return (
    <section className="panel" aria-labelledby="detail-heading">
      <h2 id="detail-heading">
        Thank-you to {ack.constituentName} for {money(ack.amount, ack.currency)}
      </h2>
      <p className="muted">
        Gift received {dateTime.format(new Date(ack.giftReceivedAt))}
        {ack.reason && (
          <>
            <br />
            {ack.reason}
          </>
        )}
      </p>
      {uncertain && (
        <UnknownOutcome
          ack={ack}
          outcome={uncertain}
          busy={action.busy}
          onMarkSent={markSent}
          onResend={() => approve(true)}
        />
      )}
      <ErrorMessage>{preview.error}</ErrorMessage>
      {preview.loading && !preview.data && <Loading />}
      {preview.data && (
        <div className="email-preview" aria-label="The message as it will be sent" role="group">
          <dl className="fields">
            <dt>To</dt>
            <dd>{preview.data.to ?? <em>no email address</em>}</dd>
            <dt>Subject</dt>
            <dd>{preview.data.subject}</dd>
          </dl>
          <pre aria-label="Text version">{preview.data.text}</pre>
          <HtmlPreview html={preview.data.html} title="HTML version of the thank-you" />
        </div>
      )}

      <form className="stack" onSubmit={saveNote}>
        <label htmlFor="personal-note">Personal note</label>
        <textarea
          id="personal-note"
          rows={4}
          maxLength={4000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby="personal-note-hint"
        />
        <span id="personal-note-hint" className="muted">
          A line or two in your own words. Save it to see it in the message above.
          {dirty && ' Not saved yet: approving sends it as typed.'}
        </span>
        <div className="actions">
          <button type="submit" className="secondary" disabled={action.busy || !dirty}>
            Save note
          </button>
        </div>
      </form>

      <StatusMessage>{notice}</StatusMessage>
      <ErrorMessage>{action.error}</ErrorMessage>

      <div className="actions">
        {!uncertain && (
          <button type="button" onClick={() => approve()} disabled={action.busy}>
            Approve and send
          </button>
        )}
        <button
          type="button"
          className="secondary"
          aria-expanded={skipping}
          aria-controls="skip-form"
          onClick={() => setSkipping(!skipping)}
        >
          Skip…
        </button>
      </div>
      {skipping && (
        <form id="skip-form" className="stack skip-form" onSubmit={skip}>
          <label htmlFor="skip-reason">Why is no thank-you sent?</label>
          <input
            id="skip-reason"
            required
            maxLength={1000}
            placeholder="Thanked in person at the gala"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="actions">
            <button type="submit" disabled={action.busy || !reason.trim()}>
              Skip this thank-you
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/**
 * A send that was cut short (the worker stopped mid-send) usually did reach the mail server. The reviewer
 * checks its log, then records that it arrived, or sends it again knowing the donor may get it twice.
 */
function UnknownOutcome({
  ack,
  outcome,
  busy,
  onMarkSent,
  onResend,
}: {
  ack: Acknowledgement;
  outcome: NonNullable<Acknowledgement['unknownOutcome']>;
  busy: boolean;
  onMarkSent: (evidence: string) => void;
  onResend: () => void;
}) {
  const [evidence, setEvidence] = useState('');
  const [twiceAccepted, setTwiceAccepted] = useState(false);
  return (
    <section className="warning" aria-labelledby="unknown-outcome-heading">
      <h3 id="unknown-outcome-heading">This thank-you may already have reached {ack.constituentName}</h3>
      <p>
        Steward stopped while sending it ({dateTime.format(new Date(outcome.attemptedAt))}), and the mail
        server may well have accepted it. Look in the mail server&apos;s log for Message-ID{' '}
        <code>{outcome.messageId}</code>, then choose.
      </p>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          onMarkSent(evidence.trim());
        }}
      >
        <label htmlFor="delivery-evidence">It arrived: what showed it?</label>
        <input
          id="delivery-evidence"
          required
          maxLength={1000}
          placeholder="Mail server log: 250 2.0.0 Ok: queued as 4F3A1C2B9D"
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
        />
        <div className="actions">
          <button type="submit" disabled={busy || !evidence.trim()}>
            Record as sent, without sending
          </button>
        </div>
      </form>
      <div className="stack">
        <label className="check">
          <input
            type="checkbox"
            checked={twiceAccepted}
            onChange={(e) => setTwiceAccepted(e.target.checked)}
          />
          It did not arrive, or I cannot tell: send it again, even if {ack.constituentName} gets it twice
        </label>
        <div className="actions">
          <button type="button" className="secondary" onClick={onResend} disabled={busy || !twiceAccepted}>
            Send it again
          </button>
        </div>
      </div>
    </section>
  );
}
