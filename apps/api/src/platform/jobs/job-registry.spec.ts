import { Injectable, Module, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AcknowledgementJobs } from '../../outbound-messages/acknowledgements/sending/acknowledgement.jobs';
import { GivingSummaryJobs } from '../../outbound-messages/giving-summaries/giving-summary.jobs';
import { everyJobHandled, type JobHandlerMap, type JobHandlerSet } from './job-handlers';
import { JobRegistry } from './job-registry';
import type { JobSchedule } from './job-schedule';
import { JobRegistryModule } from './jobs.module';

// Checked by tsc (`npm run lint`), not by jest: an app whose sets leave a declared job without a
// handler does not compile. If it ever did, this expected error would be unused, and tsc fails.
// @ts-expect-error -- 'delivery.sweep' is handled by none of these
everyJobHandled([AcknowledgementJobs, GivingSummaryJobs]);

/** An area's handler set for a job, recording what it was given. */
@Injectable()
class ThankYouJobs implements JobHandlerSet<'acknowledgement.send'> {
  readonly ran: string[] = [];
  readonly handlers: JobHandlerMap<'acknowledgement.send'> = {
    'acknowledgement.send': async ({ acknowledgementId }) => {
      this.ran.push(acknowledgementId);
    },
  };
}

/** Another area that, by mistake, handles the same job. */
@Injectable()
class TributeNoticeJobs implements JobHandlerSet<'acknowledgement.send'> {
  readonly handlers: JobHandlerMap<'acknowledgement.send'> = {
    'acknowledgement.send': async () => undefined,
  };
}

/** Sets as ones assembled at runtime could be (types cannot see it): a job declared, its handler missing… */
@Injectable()
class HalfBuiltJobs implements JobHandlerSet<'acknowledgement.send'> {
  readonly handlers = {
    'acknowledgement.send': undefined,
  } as unknown as JobHandlerMap<'acknowledgement.send'>;
}

/** …and a schedule of a job the set does not handle. */
@Injectable()
class StraySchedule implements JobHandlerSet<'acknowledgement.send'> {
  readonly handlers: JobHandlerMap<'acknowledgement.send'> = {
    'acknowledgement.send': async () => undefined,
  };
  readonly schedules = [
    { job: 'delivery.sweep', cron: '* * * * *' },
  ] as unknown as JobSchedule<'acknowledgement.send'>[];
}

@Module({ providers: [ThankYouJobs] })
class ThankYouArea {}

@Module({ providers: [HalfBuiltJobs, StraySchedule] })
class MisbuiltArea {}

@Module({ providers: [TributeNoticeJobs] })
class TributeNoticeArea {}

/** Boots a Nest app made of these area modules and the registry of these sets, as AppModule does. */
async function boot(areas: Type[], sets: Type<JobHandlerSet<'acknowledgement.send'>>[]) {
  @Module({ imports: [...areas, JobRegistryModule.forRoot(sets)] })
  class Root {}
  return NestFactory.createApplicationContext(Root, { logger: false, abortOnError: false });
}

describe('composing the jobs of the app at boot', () => {
  let app: INestApplicationContext | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('runs each job with the handler its area provides', async () => {
    app = await boot([ThankYouArea], [ThankYouJobs]);
    const job = app.get(JobRegistry).all.get('acknowledgement.send');
    expect(job?.handledBy).toBe('ThankYouJobs');
    await job?.handler({ tenantId: 't', acknowledgementId: 'a1' });
    expect(app.get(ThankYouJobs).ran).toEqual(['a1']);
  });

  it('does not boot when a declared job has no handler, and says which and what to do', async () => {
    // The set is listed (its job declared, so it compiles), but no imported module provides it.
    await expect(boot([], [ThankYouJobs])).rejects.toThrow(
      "the jobs of ThankYouJobs have no handler: no module the app imports provides ThankYouJobs. Add it to the providers of its area's module, and import that module in AppModule.",
    );
  });

  it('does not boot when a set declares a job without its handler, or schedules a job nobody handles', async () => {
    await expect(boot([MisbuiltArea], [HalfBuiltJobs])).rejects.toThrow(
      "job 'acknowledgement.send' has no handler: HalfBuiltJobs declares it without one",
    );
    await expect(boot([MisbuiltArea], [StraySchedule])).rejects.toThrow(
      "job 'delivery.sweep' is scheduled, but no handler set handles it",
    );
  });

  it('does not boot when two handlers claim one job name, and names both', async () => {
    await expect(boot([ThankYouArea, TributeNoticeArea], [ThankYouJobs, TributeNoticeJobs])).rejects.toThrow(
      "job 'acknowledgement.send' has two handlers, in ThankYouJobs and in TributeNoticeJobs: each job must have exactly one",
    );
  });
});
