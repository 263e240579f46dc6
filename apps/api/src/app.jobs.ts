import { AcknowledgementJobs } from './outbound-messages/acknowledgements/sending/acknowledgement.jobs';
import { DeliverySweepJobs } from './outbound-messages/delivery/delivery-sweep.jobs';
import { GivingSummaryJobs } from './outbound-messages/giving-summaries/giving-summary.jobs';
import { everyJobHandled } from './platform/jobs/job-handlers';

/**
 * Every area's job handler set, each provided by its area's module. A job an area declares and none
 * of these handles does not compile (the error names it); at boot, each job must have exactly one
 * handler in a module the app imports (platform/jobs/job-registry.ts).
 */
export const APP_JOBS = everyJobHandled([AcknowledgementJobs, GivingSummaryJobs, DeliverySweepJobs]);
