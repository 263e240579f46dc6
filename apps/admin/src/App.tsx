import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { createApi, describe, unwrap } from './api';
import { MailScreen } from './screens/MailScreen';
import { OverviewScreen } from './screens/OverviewScreen';
import { ReviewScreen } from './screens/ReviewScreen';
import { TasksScreen } from './screens/TasksScreen';
import { TemplatesScreen } from './screens/TemplatesScreen';
import { SessionProvider } from './session';

const TOKEN_KEY = 'steward.accessToken';

export function App() {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const signIn = (accessToken: string) => {
    sessionStorage.setItem(TOKEN_KEY, accessToken);
    setToken(accessToken);
  };
  const signOut = useCallback(() => {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
  }, []);
  return token ? <Shell token={token} onSignOut={signOut} /> : <Login onSignIn={signIn} />;
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
      const { accessToken } = await unwrap(
        createApi(null).POST('/api/v1/auth/login', { body: { email, password } }),
      );
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

/** The screens, each at a hash route so the back button and bookmarks work without a server router. */
const SCREENS = [
  { path: '', label: 'Overview', Screen: OverviewScreen },
  { path: 'review', label: 'Review queue', Screen: ReviewScreen },
  { path: 'tasks', label: 'Tasks', Screen: TasksScreen },
  { path: 'templates', label: 'Templates', Screen: TemplatesScreen },
  { path: 'mail', label: 'Captured mail', Screen: MailScreen },
] as const;

function useHashRoute(): string {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

function Shell({ token, onSignOut }: { token: string; onSignOut: () => void }) {
  const session = useMemo(() => ({ api: createApi(token), signOut: onSignOut }), [token, onSignOut]);
  const route = useHashRoute();
  const current = SCREENS.find((s) => s.path === route) ?? SCREENS[0];
  useEffect(() => {
    document.title = `${current.label} · Steward`;
  }, [current]);
  return (
    <SessionProvider session={session}>
      <header className="top">
        <span className="brand">Steward</span>
        <nav aria-label="Main">
          <ul>
            {SCREENS.map((s) => (
              <li key={s.path}>
                <a href={`#/${s.path}`} aria-current={s === current ? 'page' : undefined}>
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="secondary" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <current.Screen />
    </SessionProvider>
  );
}
