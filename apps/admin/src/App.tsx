import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, describe, type CapturedMail, type Gift, type Page } from './api';

const TOKEN_KEY = 'steward.accessToken';

export function App() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const signIn = (accessToken: string) => {
    sessionStorage.setItem(TOKEN_KEY, accessToken);
    setToken(accessToken);
  };
  const signOut = () => {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
  };
  return token ? <Dashboard token={token} onSignOut={signOut} /> : <Login onSignIn={signIn} />;
}

function Login({ onSignIn }: { onSignIn: (token: string) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { accessToken } = await api<{ accessToken: string }>('/auth/login', null, { email, password });
      onSignIn(accessToken);
    } catch (e) {
      setError(describe(e));
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <h1>Steward</h1>
      <form onSubmit={submit} aria-describedby={error ? 'login-error' : undefined}>
        <h2>Sign in</h2>
        <label htmlFor="email">Email</label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p id="login-error" className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

function Dashboard({ token, onSignOut }: { token: string; onSignOut: () => void }) {
  return (
    <>
      <header className="top">
        <span className="brand">Steward</span>
        <button type="button" className="secondary" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main className="panels">
        <GiftsPanel token={token} onSignOut={onSignOut} />
        <MailPanel token={token} onSignOut={onSignOut} />
      </main>
    </>
  );
}

/** Loads one page of a list; an expired or revoked token (401) signs the user out. */
function usePage<T>(path: string, token: string, onSignOut: () => void) {
  const [page, setPage] = useState<Page<T> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api<Page<T>>(path, token).then(
      (result) => live && setPage(result),
      (e: unknown) => {
        if (!live) return;
        if (e instanceof ApiError && e.problem.status === 401) onSignOut();
        else setError(describe(e));
      },
    );
    return () => {
      live = false;
    };
  }, [path, token, onSignOut]);
  return { page, error };
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function GiftsPanel({ token, onSignOut }: { token: string; onSignOut: () => void }) {
  const { page, error } = usePage<Gift>('/gifts?limit=20', token, onSignOut);
  return (
    <section className="panel" aria-labelledby="gifts-heading">
      <h2 id="gifts-heading">Recent gifts</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!page && !error && <p className="muted">Loading…</p>}
      {page?.items.length === 0 && <p className="muted">No gifts yet.</p>}
      {page && page.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Amount</th>
              <th scope="col">Received</th>
              <th scope="col">Thank-you</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((gift) => (
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function MailPanel({ token, onSignOut }: { token: string; onSignOut: () => void }) {
  const { page, error } = usePage<CapturedMail>('/mail/captured?limit=20', token, onSignOut);
  const [openId, setOpenId] = useState<string | null>(null);
  const open = page?.items.find((m) => m.id === openId);
  return (
    <section className="panel" aria-labelledby="mail-heading">
      <h2 id="mail-heading">Captured mail</h2>
      <p className="muted">No SMTP_URL is set, so outgoing mail is kept here instead of being sent.</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {page?.items.length === 0 && <p className="muted">No mail captured yet.</p>}
      <ul className="mail-list">
        {page?.items.map((mail) => (
          <li key={mail.id}>
            <button
              type="button"
              className="mail-item"
              aria-expanded={mail.id === openId}
              onClick={() => setOpenId(mail.id === openId ? null : mail.id)}
            >
              <span className="subject">{mail.subject}</span>
              <span className="muted">
                {mail.to} · {dateTime.format(new Date(mail.capturedAt))}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {open && (
        <article className="message" aria-label={`Message: ${open.subject}`}>
          <h3>{open.subject}</h3>
          <pre>{open.text ?? '(This message has no text part.)'}</pre>
        </article>
      )}
    </section>
  );
}
