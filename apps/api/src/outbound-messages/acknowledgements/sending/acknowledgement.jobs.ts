import { Inject, Injectable } from '@nestjs/common';
import {
  AcknowledgementSender,
  type OutboundMessageRef,
  type SendQueue,
  type StatementRunner,
} from '@steward/notifications';
import type { JobHandlerMap, JobHandlerSet } from '../../../platform/jobs/job-handlers';
import { JOB_QUEUE, type EnqueueOptions, type JobQueue } from '../../../platform/jobs/job-queue';

declare module '../../../platform/jobs/job-payloads' {
  interface JobPayloads {
    /** Claims, renders and sends one thank-you or tribute notice; any number of runs send it once. */
    'acknowledgement.send': { tenantId: string; acknowledgementId: string };
  }
}

type AcknowledgementJob = 'acknowledgement.send';

/** The job that sends acknowledgements. */
@Injectable()
export class AcknowledgementJobs implements JobHandlerSet<AcknowledgementJob> {
  constructor(private readonly sender: AcknowledgementSender) {}

  readonly handlers: JobHandlerMap<AcknowledgementJob> = {
    'acknowledgement.send': async ({ tenantId, acknowledgementId }) => {
      await this.sender.send(tenantId, acknowledgementId);
    },
  };
}

/** Queues `acknowledgement.send` jobs: a gift's thank-yous, the sender's retries, the sweeper's re-queues. */
@Injectable()
export class AcknowledgementSends implements SendQueue {
  constructor(@Inject(JOB_QUEUE) private readonly queue: JobQueue) {}

  queueSends(tx: StatementRunner, messages: readonly OutboundMessageRef[], options?: EnqueueOptions) {
    return this.queue.enqueueMany(
      tx,
      'acknowledgement.send',
      messages.map((m) => ({ tenantId: m.tenantId, acknowledgementId: m.id })),
      options,
    );
  }

  /** The same queueing as an expression, for a statement that adds its thank-yous' jobs itself. */
  queueSendsWithin(messages: readonly OutboundMessageRef[]) {
    return this.queue.enqueueManyWithin(
      'acknowledgement.send',
      messages.map((m) => ({ tenantId: m.tenantId, acknowledgementId: m.id })),
    );
  }
}
