import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type { Pool, PoolClient } from 'pg';

/** Distinct statements prepared at most; past this, statements run unprepared (parsed each time). */
const MAX_PREPARED = 500;

/**
 * The pool as Kysely sees it, with every parameterized statement prepared once per connection and
 * executed by name afterwards: PostgreSQL parses, analyzes and plans a statement like the gift's facts
 * query on each call otherwise. Kysely writes the same SQL text for the same query shape (parameters
 * vary, the text does not), so a few dozen texts cover the hot paths; the cap keeps a connection's
 * prepared statements bounded whatever else runs.
 */
export function preparingPool(pool: Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (!name && names.size < MAX_PREPARED) {
      name = `steward_${names.size + 1}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    connect: async () => preparing(await pool.connect(), nameOf),
    end: () => pool.end(),
  };
}

function preparing(client: PoolClient, nameOf: (text: string) => string | undefined): PostgresPoolClient {
  return {
    query: ((statement: unknown, parameters?: readonly unknown[]) => {
      // A cursor (Kysely's stream()) carries its own statement.
      if (typeof statement !== 'string') return client.query(statement as never);
      // Without parameters a statement goes by the simple protocol, which also carries several statements
      // at once (BEGIN with the tenant setting): never prepared.
      if (parameters && parameters.length > 0) {
        const name = nameOf(statement);
        if (name) return client.query({ name, text: statement, values: [...parameters] });
      }
      return client.query(statement, parameters ? [...parameters] : []);
    }) as unknown as PostgresPoolClient['query'],
    release: (destroy?: boolean) => client.release(destroy),
  };
}
