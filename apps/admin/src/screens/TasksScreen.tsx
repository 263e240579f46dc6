import { Fragment, useState, type FormEvent } from 'react';
import { isStatus, unwrap, type Schemas } from '../api';
import { ErrorMessage, LoadMore, Loading, StatusMessage } from '../components';
import { dateTime, fromNow } from '../format';
import { useAction, usePages } from '../session';

type Task = Schemas['TaskView'];
type Scope = 'mine' | 'all';

/** Calls, letters and other follow-ups, soonest due first; the rules create them for major gifts. */
export function TasksScreen() {
  const [scope, setScope] = useState<Scope>('mine');
  const tasks = usePages<Task>(`tasks:${scope}`, (api, cursor) =>
    unwrap(
      api.GET('/api/v1/tasks', {
        params: { query: { state: 'open', limit: 50, cursor, ...(scope === 'mine' ? { owner: 'me' } : {}) } },
      }),
    ),
  );
  const [completing, setCompleting] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <main className="panels panels-single">
      <section className="panel" aria-labelledby="tasks-heading">
        <h1 id="tasks-heading">Tasks</h1>
        <fieldset className="segmented">
          <legend className="visually-hidden">Which tasks</legend>
          {(
            [
              ['mine', 'Mine'],
              ['all', 'All open'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="task-scope"
                value={value}
                checked={scope === value}
                onChange={() => {
                  setScope(value);
                  setCompleting(null);
                }}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <StatusMessage>{notice}</StatusMessage>
        <ErrorMessage>{tasks.error}</ErrorMessage>
        {tasks.loading && <Loading />}
        {tasks.items?.length === 0 && (
          <p className="muted">{scope === 'mine' ? 'You have no open tasks.' : 'No open tasks.'}</p>
        )}
        {tasks.items && tasks.items.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Task</th>
                <th scope="col">Donor</th>
                <th scope="col">Due</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tasks.items.map((task) => (
                <Fragment key={task.id}>
                  <tr className={task.overdue ? 'overdue' : undefined}>
                    <td>
                      <span className="badge">{task.kind}</span>
                    </td>
                    <td>
                      {task.title}
                      {task.details && <div className="muted">{task.details}</div>}
                    </td>
                    <td>{task.constituentName}</td>
                    <td>
                      <time dateTime={task.dueAt} title={dateTime.format(new Date(task.dueAt))}>
                        {fromNow(task.dueAt)}
                      </time>
                      {task.overdue && <span className="badge badge-failed">overdue</span>}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        aria-expanded={completing === task.id}
                        aria-controls={`complete-${task.id}`}
                        aria-label={`Done: ${task.title}`}
                        onClick={() => setCompleting(completing === task.id ? null : task.id)}
                      >
                        Done
                      </button>
                    </td>
                  </tr>
                  {completing === task.id && (
                    <tr>
                      <td colSpan={5}>
                        <CompleteTask
                          task={task}
                          onCancel={() => setCompleting(null)}
                          onDone={(message) => {
                            setCompleting(null);
                            setNotice(message);
                            tasks.remove(task.id);
                            tasks.reload();
                          }}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        )}
        <LoadMore hasMore={tasks.hasMore} busy={tasks.loadingMore} onClick={tasks.loadMore} />
      </section>
    </main>
  );
}

function CompleteTask({
  task,
  onCancel,
  onDone,
}: {
  task: Task;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const [outcome, setOutcome] = useState('');
  const action = useAction();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const done = await action.run(
      (api) =>
        unwrap(
          api.POST('/api/v1/tasks/{id}/complete', {
            params: { path: { id: task.id } },
            body: outcome.trim() ? { outcome: outcome.trim() } : {},
          }),
        ),
      (e) => (isStatus(e, 409) ? 'Someone already completed this task.' : null),
    );
    if (done) onDone(`Done: ${task.title}`);
  }
  return (
    <form id={`complete-${task.id}`} className="stack" onSubmit={submit}>
      <label htmlFor={`outcome-${task.id}`}>Outcome (optional)</label>
      <textarea
        id={`outcome-${task.id}`}
        rows={2}
        maxLength={4000}
        placeholder="Spoke with Ana; she would like a site visit in spring"
        value={outcome}
        autoFocus
        onChange={(e) => setOutcome(e.target.value)}
      />
      <ErrorMessage>{action.error}</ErrorMessage>
      <div className="actions">
        <button type="submit" disabled={action.busy}>
          Mark done
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
