import { Injectable } from '@nestjs/common';

export type WorkerState = 'starting' | 'running' | 'restarting' | 'stopped';

/** What health and readiness say about the job worker of this process (none with STEWARD_ROLE=api). */
export interface WorkerReport {
  state: WorkerState | 'not-in-this-process';
  /** Worker slots taking jobs now, out of the configured concurrency. */
  slots: number;
  concurrency: number;
  restarts: number;
  since: string;
  /** Why the worker last stopped taking jobs (no personal data: queue and database errors only). */
  lastProblem?: string;
}

/** The job worker's supervisor reports here; the health endpoints read it. */
@Injectable()
export class WorkerStatus {
  private report: WorkerReport = {
    state: 'not-in-this-process',
    slots: 0,
    concurrency: 0,
    restarts: 0,
    since: new Date().toISOString(),
  };

  get current(): WorkerReport {
    return { ...this.report };
  }

  /** True unless this process runs a worker and that worker is not taking jobs with every slot. */
  get takingJobs(): boolean {
    const { state, slots, concurrency } = this.report;
    return state === 'not-in-this-process' || (state === 'running' && slots === concurrency);
  }

  update(change: Partial<WorkerReport>): void {
    const stateChanged = change.state !== undefined && change.state !== this.report.state;
    this.report = { ...this.report, ...change, ...(stateChanged ? { since: new Date().toISOString() } : {}) };
  }
}
