import { useState } from 'react';
import { unwrap, type Schemas } from '../api';
import { ErrorMessage, LoadMore, Loading } from '../components';
import { date, dateTime, duration, money, percent } from '../format';
import { useLoad, usePages } from '../session';

type Track = Schemas['PromptnessTrack'];
type Gift = Schemas['GiftView'];
type OverdueItem = Schemas['OverdueItem'];

const PERIODS = [7, 30, 90, 365] as const;

/** How promptly gifts are thanked, what is late, and the latest gifts. */
export function OverviewScreen() {
  return (
    <main className="panels">
      <PromptnessPanel />
      <OverduePanel />
      <GiftsPanel />
    </main>
  );
}

function PromptnessPanel() {
  const [days, setDays] = useState<(typeof PERIODS)[number]>(30);
  const figures = useLoad(`promptness:${days}`, (api) => {
    const to = new Date();
    const from = new Date(to.getTime() - days * 86_400_000);
    return unwrap(
      api.GET('/api/v1/acknowledgements/promptness', {
        params: { query: { from: from.toISOString(), to: to.toISOString() } },
      }),
    );
  });
  const f = figures.data;
  return (
    <section className="panel" aria-labelledby="promptness-heading">
      <div className="panel-head">
        <h2 id="promptness-heading">Promptness</h2>
        <label className="inline">
          Gifts received in the last{' '}
          <select value={days} onChange={(e) => setDays(Number(e.target.value) as typeof days)}>
            {PERIODS.map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorMessage>{figures.error}</ErrorMessage>
      {figures.loading && !f && <Loading />}
      {f && (
        <>
          <div className="tracks">
            <TrackFigures label="Automated thank-yous" track={f.automated} />
            <TrackFigures label="Personal follow-up" track={f.personal} />
          </div>
          <p className="muted">
            {f.failed} failed or bounced · {f.suppressed} not sent on purpose · {f.deferred} thanked later in
            a summary
          </p>
        </>
      )}
    </section>
  );
}

function TrackFigures({ label, track }: { label: string; track: Track }) {
  return (
    <figure className="track" aria-label={label}>
      <figcaption>{label}</figcaption>
      <p className="big">{track.share === null ? '–' : percent.format(track.share)}</p>
      <p className="muted">
        {track.sentWithinTarget} of {track.count} within {duration(track.targetSeconds)}
      </p>
      <dl className="fields">
        <dt>Median</dt>
        <dd>{track.medianSeconds === null ? '–' : duration(track.medianSeconds)}</dd>
        <dt>90th percentile</dt>
        <dd>{track.p90Seconds === null ? '–' : duration(track.p90Seconds)}</dd>
        <dt>Waiting</dt>
        <dd>
          {track.pending}
          {track.overdue > 0 && <span className="badge badge-failed">{track.overdue} overdue</span>}
        </dd>
      </dl>
    </figure>
  );
}

function OverduePanel() {
  const overdue = usePages<OverdueItem>('overdue', (api, cursor) =>
    unwrap(api.GET('/api/v1/acknowledgements/overdue', { params: { query: { limit: 20, cursor } } })),
  );
  return (
    <section className="panel" aria-labelledby="overdue-heading">
      <h2 id="overdue-heading">Overdue</h2>
      <ErrorMessage>{overdue.error}</ErrorMessage>
      {overdue.loading && <Loading />}
      {overdue.items?.length === 0 && <p className="muted">Nothing is overdue. Every gift is on time.</p>}
      {overdue.items && overdue.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Donor</th>
              <th scope="col">What</th>
              <th scope="col">Late by</th>
            </tr>
          </thead>
          <tbody>
            {overdue.items.map((item) => (
              <tr key={`${item.type}:${item.id}`}>
                <td>
                  {item.constituentName}
                  {item.amount !== null && item.currency && (
                    <div className="amount">{money(item.amount, item.currency)}</div>
                  )}
                </td>
                <td>
                  <OverdueWhat item={item} />{' '}
                  <span className={`badge badge-${item.status}`}>{item.status}</span>
                  {item.reason && <div className="muted">{item.reason}</div>}
                </td>
                <td title={`Due ${dateTime.format(new Date(item.dueAt))}`}>
                  {item.overdueSeconds > 0 ? duration(item.overdueSeconds) : 'not yet'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LoadMore hasMore={overdue.hasMore} busy={overdue.loadingMore} onClick={overdue.loadMore} />
    </section>
  );
}

/** What is late, linked to the screen where it is dealt with (held thank-yous and tasks have one). */
function OverdueWhat({ item }: { item: OverdueItem }) {
  const label = item.type === 'task' ? `${item.kind} task` : `${item.kind} thank-you`;
  const href = item.type === 'task' ? '#/tasks' : item.status === 'held' ? '#/review' : null;
  return href ? <a href={href}>{label}</a> : <span>{label}</span>;
}

function GiftsPanel() {
  const gifts = usePages<Gift>('gifts', (api, cursor) =>
    unwrap(api.GET('/api/v1/gifts', { params: { query: { limit: 20, cursor } } })),
  );
  return (
    <section className="panel" aria-labelledby="gifts-heading">
      <h2 id="gifts-heading">Recent gifts</h2>
      <ErrorMessage>{gifts.error}</ErrorMessage>
      {gifts.loading && <Loading />}
      {gifts.items?.length === 0 && <p className="muted">No gifts yet.</p>}
      {gifts.items && gifts.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Amount</th>
              <th scope="col">Received</th>
              <th scope="col">Thank-you</th>
            </tr>
          </thead>
          <tbody>
            {gifts.items.map((gift) => (
              <tr key={gift.id}>
                <td className="amount">{gift.amountFormatted}</td>
                <td>{date.format(new Date(gift.receivedAt))}</td>
                <td>
                  <span
                    className={`badge badge-${gift.acknowledgement.status}`}
                    title={gift.acknowledgement.reason ?? undefined}
                  >
                    {gift.acknowledgement.status}
                  </span>
                  {gift.acknowledgement.secondsToSend !== null && (
                    <span className="muted"> in {duration(gift.acknowledgement.secondsToSend)}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LoadMore hasMore={gifts.hasMore} busy={gifts.loadingMore} onClick={gifts.loadMore} />
    </section>
  );
}
