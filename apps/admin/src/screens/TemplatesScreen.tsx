import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, describe, unwrap, type Schemas } from '../api';
import { ErrorMessage, HtmlPreview, Loading, StatusMessage } from '../components';
import { dateTime } from '../format';
import { useAction, useLoad, useSession } from '../session';

type Template = Schemas['TemplateView'];
type Kind = Template['kind'];
type Source = Pick<Template, 'subject' | 'text' | 'html'>;

const KIND_LABELS: Record<Kind, string> = {
  thank_you: 'Thank-you',
  tribute_notification: 'Tribute notice',
  giving_summary: 'Giving summary',
};
const kindLabel = (kind: Kind) => KIND_LABELS[kind] ?? kind;
const PREVIEW_DELAY_MS = 400;

/** The wording of every message kind, per language: edit with a live preview, save as a new version. */
export function TemplatesScreen() {
  const list = useLoad('templates', (api) => unwrap(api.GET('/api/v1/templates')));
  const [open, setOpen] = useState<{ kind: Kind; language: string } | null>(null);
  const kinds = [...new Set(list.data?.map((t) => t.kind) ?? [])];

  return (
    <main className="panels panels-wide">
      <section className="panel" aria-labelledby="templates-heading">
        <h1 id="templates-heading">Templates</h1>
        <p className="muted">
          Each save is a new version, used by the very next message. Version 0 is Steward&apos;s own wording.
        </p>
        <ErrorMessage>{list.error}</ErrorMessage>
        {list.loading && !list.data && <Loading />}
        {list.data && (
          <table>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Language</th>
                <th scope="col">Version</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((t) => (
                <tr key={`${t.kind}:${t.language}`}>
                  <td>{kindLabel(t.kind)}</td>
                  <td>{t.language}</td>
                  <td>{t.builtIn ? 'built-in' : t.version}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`Edit ${kindLabel(t.kind)} (${t.language})`}
                      aria-pressed={open?.kind === t.kind && open.language === t.language}
                      onClick={() => setOpen({ kind: t.kind, language: t.language })}
                    >
                      Edit
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {kinds.length > 0 && <OpenLanguage kinds={kinds} onOpen={setOpen} />}
      </section>
      {open && list.data && (
        <TemplateEditor
          key={`${open.kind}:${open.language}`}
          kind={open.kind}
          language={open.language}
          current={list.data}
          onSaved={list.reload}
        />
      )}
    </main>
  );
}

/** Opens a kind in a language that has no template yet (it starts from the English wording). */
function OpenLanguage({
  kinds,
  onOpen,
}: {
  kinds: Kind[];
  onOpen: (open: { kind: Kind; language: string }) => void;
}) {
  const [kind, setKind] = useState<Kind>(kinds[0]);
  const [language, setLanguage] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onOpen({ kind, language: language.trim().toLowerCase() });
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-labelledby="open-language-heading">
      <h2 id="open-language-heading">Another language</h2>
      <label>
        Kind{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Language{' '}
        <input
          required
          size={8}
          pattern="[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"
          title="A language tag such as fr or fr-ca"
          placeholder="fr-ca"
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
        />
      </label>
      <button type="submit" className="secondary">
        Open
      </button>
    </form>
  );
}

function TemplateEditor({
  kind,
  language,
  current,
  onSaved,
}: {
  kind: Kind;
  language: string;
  current: Template[];
  onSaved: () => void;
}) {
  const versions = useLoad(`versions:${kind}:${language}`, (api) =>
    unwrap(api.GET('/api/v1/templates/{kind}/{language}/versions', { params: { path: { kind, language } } })),
  );
  const [source, setSource] = useState<Source | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useAction();
  const { api } = useSession();

  // Start from the newest version, or, for a new language, from the kind's English wording.
  useEffect(() => {
    if (source || !versions.data) return;
    const start =
      versions.data[0] ??
      current.find((t) => t.kind === kind && t.language === 'en') ??
      current.find((t) => t.kind === kind);
    if (start) setSource({ subject: start.subject, text: start.text, html: start.html });
  }, [versions.data, source, current, kind]);

  const preview = useLivePreview(kind, source);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!source) return;
    setNotice(null);
    const saved = await save.run(() =>
      unwrap(
        api.POST('/api/v1/templates/{kind}/{language}', {
          params: { path: { kind, language } },
          body: source,
        }),
      ),
    );
    if (saved) {
      setNotice(`Saved as version ${saved.version}. The next ${kindLabel(kind).toLowerCase()} uses it.`);
      versions.reload();
      onSaved();
    }
  }

  const newest = versions.data?.[0];
  const unchanged =
    !!newest &&
    !!source &&
    newest.subject === source.subject &&
    newest.text === source.text &&
    newest.html === source.html;
  const edit = (part: keyof Source) => (e: { target: { value: string } }) =>
    setSource((s) => (s ? { ...s, [part]: e.target.value } : s));

  return (
    <section className="panel editor" aria-labelledby="editor-heading">
      <h2 id="editor-heading">
        {kindLabel(kind)} ({language})
      </h2>
      <ErrorMessage>{versions.error}</ErrorMessage>
      {!source && !versions.error && <Loading />}
      {source && (
        <div className="editor-grid">
          <form className="stack" onSubmit={submit}>
            <label htmlFor="template-subject">Subject</label>
            <input id="template-subject" required value={source.subject} onChange={edit('subject')} />
            <label htmlFor="template-text">Text</label>
            <textarea id="template-text" required rows={12} value={source.text} onChange={edit('text')} />
            <label htmlFor="template-html">HTML</label>
            <textarea id="template-html" required rows={12} value={source.html} onChange={edit('html')} />
            <StatusMessage>{notice}</StatusMessage>
            <ErrorMessage>{save.error}</ErrorMessage>
            <div className="actions">
              <button type="submit" disabled={save.busy || unchanged || preview.problems !== null}>
                {save.busy ? 'Saving…' : 'Save as new version'}
              </button>
            </div>
          </form>
          <div className="stack" aria-labelledby="preview-heading" role="region">
            <h3 id="preview-heading">Preview</h3>
            <p className="muted">With sample data: Ana Rivera, $250.00 to Scholarships.</p>
            <div aria-live="polite" className="render-problems">
              {preview.problems && (
                <div className="error">
                  <strong>This template does not render:</strong>
                  <ul>
                    {preview.problems.map((p, i) => (
                      <li key={i}>{p}</li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
            {preview.rendered && (
              <div className={preview.problems ? 'email-preview stale' : 'email-preview'}>
                <dl className="fields">
                  <dt>Subject</dt>
                  <dd data-testid="preview-subject">{preview.rendered.subject}</dd>
                </dl>
                <pre aria-label="Rendered text">{preview.rendered.text}</pre>
                <HtmlPreview html={preview.rendered.html} title="Rendered HTML" />
              </div>
            )}
          </div>
        </div>
      )}
      {versions.data && versions.data.length > 0 && (
        <details className="versions">
          <summary>Version history ({versions.data.length})</summary>
          <ol>
            {versions.data.map((v, i) => (
              <li key={v.version}>
                <span>
                  {v.builtIn ? 'Version 0 (built-in)' : `Version ${v.version}`}
                  {i === 0 && ' · current'}
                  {v.createdAt && <span className="muted"> · {dateTime.format(new Date(v.createdAt))}</span>}
                </span>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    setSource({ subject: v.subject, text: v.text, html: v.html });
                    setNotice(`Version ${v.version} is in the editor; save to make it current again.`);
                  }}
                >
                  Load into editor
                </button>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

/**
 * Renders the source with sample data a moment after typing stops. A render error (400) lists each part's
 * handlebars message; the last good rendering stays visible, dimmed, until the source renders again.
 */
function useLivePreview(kind: Kind, source: Source | null) {
  const { api } = useSession();
  const [rendered, setRendered] = useState<Schemas['RenderedTemplateView'] | null>(null);
  const [problems, setProblems] = useState<string[] | null>(null);
  useEffect(() => {
    if (!source) return;
    let live = true;
    const timer = setTimeout(() => {
      unwrap(api.POST('/api/v1/templates/preview', { body: { kind, ...source } })).then(
        (result) => {
          if (!live) return;
          setRendered(result);
          setProblems(null);
        },
        (e: unknown) => {
          if (!live) return;
          const fields = e instanceof ApiError ? e.problem.errors : undefined;
          setProblems(fields?.length ? fields.map((f) => `${f.field}: ${f.message}`) : [describe(e)]);
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, kind, source]);
  return { rendered, problems };
}
