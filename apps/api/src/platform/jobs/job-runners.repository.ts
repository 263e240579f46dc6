import { Injectable } from '@nestjs/common';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';

/**
 * The job queue's bookkeeping beyond Graphile Worker's own: which worker processes are alive (their
 * heartbeat, with their slots' worker ids), releasing the jobs of those that died, and how long the
 * oldest job that is due has waited.
 */
@Injectable()
export class JobRunnersRepository {
  constructor(private readonly db: DataSource) {}

  /** This process is alive and its slots are these. */
  async beat(runnerId: string, workerIds: string[]): Promise<void> {
    await this.db.query(
      `INSERT INTO job_runners (id, worker_ids, host, pid) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET worker_ids = EXCLUDED.worker_ids, beat_at = now()`,
      [runnerId, workerIds, hostname(), process.pid],
    );
  }

  /** A clean stop: nothing of this process is left to release. */
  async forget(runnerId: string): Promise<void> {
    await this.db.query('DELETE FROM job_runners WHERE id = $1', [runnerId]);
  }

  /**
   * Releases the jobs locked by runners silent for longer than `staleSeconds` (a killed process, a lost
   * host) and forgets them. A job released this way runs again; its handler's claim keeps a second run
   * from sending twice. Returns how many runners were found dead.
   */
  async releaseDead(staleSeconds: number): Promise<number> {
    const [{ dead }]: { dead: number }[] = await this.db.query(
      `WITH dead AS (
         DELETE FROM job_runners WHERE beat_at < now() - make_interval(secs => $1) RETURNING worker_ids
       ), ids AS (
         SELECT coalesce(array_agg(id), '{}') AS ids FROM dead, unnest(worker_ids) AS id
       ), released AS (
         SELECT graphile_worker.force_unlock_workers(ids) FROM ids WHERE cardinality(ids) > 0
       )
       SELECT (SELECT count(*) FROM dead)::int AS dead, (SELECT count(*) FROM released)::int AS released`,
      [staleSeconds],
    );
    return dead;
  }

  /** Releases the jobs of slots of this process that are known to be dead. */
  async unlockWorkers(workerIds: string[]): Promise<void> {
    if (workerIds.length === 0) return;
    await this.db.query('SELECT graphile_worker.force_unlock_workers($1::text[])', [workerIds]);
  }

  /** Seconds the oldest job that is due and not running has waited (0 when none waits). */
  async oldestDueJobAgeSeconds(): Promise<number> {
    const [row]: { age: number | null }[] = await this.db.query(
      `SELECT extract(epoch FROM now() - min(run_at))::float8 AS age
         FROM graphile_worker.jobs
        WHERE run_at <= now() AND locked_at IS NULL AND attempts < max_attempts`,
    );
    return Math.max(0, row?.age ?? 0);
  }
}
