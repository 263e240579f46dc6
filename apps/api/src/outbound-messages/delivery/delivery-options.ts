import { Logger } from '@nestjs/common';
import type { SenderOptions, TemplateResolver } from '@steward/notifications';
import type { StewardConfig } from '../../config/config';
import type { UnsubscribeLinks } from '../../unsubscribe/unsubscribe-links';

/** What every sender of donor mail shares: sender address, retry policy, unsubscribe links, templates, logs. */
export function deliveryOptions(
  config: StewardConfig,
  links: UnsubscribeLinks,
  templates: TemplateResolver,
  loggerName: string,
): SenderOptions & { templates: TemplateResolver } {
  const logger = new Logger(loggerName);
  return {
    from: config.mail.from,
    templates,
    unsubscribeUrl: (tenantId, constituentId) => links.urlFor(tenantId, constituentId),
    retry: {
      maxAttempts: config.acknowledgements.maxAttempts,
      baseDelayMs: config.acknowledgements.retryBaseMs,
      maxDelayMs: 60 * 60_000,
      // While the mail server is down, every waiting message tries again within this; none fails for it.
      unreachableMaxDelayMs: 30_000,
    },
    logger: {
      log: (m, c) => logger.log({ ...c, msg: m }),
      warn: (m, c) => logger.warn({ ...c, msg: m }),
    },
  };
}
