import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each worker process beats here every few seconds with the ids of its Graphile Worker slots. A row
 * that stops beating belongs to a process that died: the live workers release the jobs its slots had
 * locked at once, instead of after Graphile's four-hour lock timeout.
 */
export class JobRunnerHeartbeats1764310000000 implements MigrationInterface {
  name = 'JobRunnerHeartbeats1764310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "job_runners" (
         "id" uuid PRIMARY KEY,
         "worker_ids" text[] NOT NULL,
         "host" text NOT NULL,
         "pid" integer NOT NULL,
         "started_at" timestamptz NOT NULL DEFAULT now(),
         "beat_at" timestamptz NOT NULL DEFAULT now()
       )`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "job_runners"`);
  }
}
