import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { describe, isStatus, type Api } from './api';

export interface Session {
  api: Api;
  /** Ends the session: the token expired, was revoked, or the user asked. */
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/**
 * Loads a value when `key` changes (and on `reload()`); an expired or revoked token (401) signs the user
 * out, any other failure becomes a readable `error`. The previous value stays shown while reloading.
 */
export function useLoad<T>(key: string, load: (api: Api) => Promise<T>) {
  const { api, signOut } = useSession();
  const [state, setState] = useState<{ key: string; data: T | null; error: string | null }>({
    key,
    data: null,
    error: null,
  });
  const [generation, setGeneration] = useState(0);
  // `load` is a new closure every render; `key` says when what it loads has changed.
  const latest = useRef(load);
  latest.current = load;
  useEffect(() => {
    let live = true;
    latest.current(api).then(
      (data) => live && setState({ key, data, error: null }),
      (e: unknown) => {
        if (!live) return;
        if (isStatus(e, 401)) signOut();
        else setState((s) => ({ key, data: s.key === key ? s.data : null, error: describe(e) }));
      },
    );
    return () => {
      live = false;
    };
  }, [api, key, signOut, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const current = state.key === key;
  return {
    data: current ? state.data : null,
    error: current ? state.error : null,
    loading: !current || (state.data === null && state.error === null),
    reload,
  };
}

/**
 * Runs one action at a time (a button's click) and keeps its outcome: `error` for the problem, `busy`
 * while it runs. A 401 signs out. Returns the action's value, or undefined when it failed.
 */
export function useAction() {
  const { api, signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T,>(action: (api: Api) => Promise<T>, onError?: (e: unknown) => string | null) => {
      setBusy(true);
      setError(null);
      try {
        return await action(api);
      } catch (e) {
        if (isStatus(e, 401)) signOut();
        else setError(onError?.(e) ?? describe(e));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [api, signOut],
  );
  return { run, busy, error, setError };
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A cursor-paginated list: the first page when `key` changes or on `reload()`, further pages appended by
 * `loadMore()`. `remove(id)` drops an item acted on, so the list does not jump while it reloads.
 */
export function usePages<T extends { id: string }>(
  key: string,
  load: (api: Api, cursor: string | undefined) => Promise<Page<T>>,
) {
  const first = useLoad(key, (api) => load(api, undefined));
  const more = useAction();
  const [extra, setExtra] = useState<{ key: string; items: T[]; nextCursor: string | null } | null>(null);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const { api } = useSession();
  useEffect(() => {
    setExtra(null);
    setRemoved(new Set());
  }, [first.data]);
  const fromFirst = first.data?.items ?? [];
  const appended = extra?.key === key ? extra.items : [];
  const nextCursor = extra?.key === key ? extra.nextCursor : (first.data?.nextCursor ?? null);
  const loadMore = async () => {
    if (!nextCursor) return;
    const page = await more.run(() => load(api, nextCursor));
    if (page) setExtra({ key, items: [...appended, ...page.items], nextCursor: page.nextCursor });
  };
  return {
    items: first.data ? [...fromFirst, ...appended].filter((item) => !removed.has(item.id)) : null,
    error: first.error ?? more.error,
    loading: first.loading,
    hasMore: nextCursor !== null,
    loadingMore: more.busy,
    loadMore,
    reload: first.reload,
    remove: (id: string) => setRemoved((r) => new Set([...r, id])),
  };
}
