import { Acknowledgement } from './acknowledgements/acknowledgement.entity';
import {
  AcknowledgementSettings,
  MajorGiftThreshold,
} from './acknowledgements/acknowledgement-settings.entity';
import { GivingSummary } from './acknowledgements/giving-summary.entity';
import { MessageTemplate } from './acknowledgements/message-template.entity';
import { RecurringGift } from './gifts/recurring-gift.entity';
import { Task } from './tasks/task.entity';
import { ConstituentEmail } from './constituents/constituent-email.entity';
import { Constituent } from './constituents/constituent.entity';
import { Campaign } from './funds/campaign.entity';
import { Fund } from './funds/fund.entity';
import { Gift } from './gifts/gift.entity';
import { ReceiptSequence } from './gifts/receipt-sequence.entity';
import { CapturedMail } from './mail/captured-mail.entity';
import { SystemSetting } from './tenancy/system-setting.entity';
import { Tenant } from './tenancy/tenant.entity';
import { User } from './tenancy/user.entity';
import { TimelineEntry } from './timeline/timeline-entry.entity';

/** Every mapped table; the data source and the schema-drift test use this one list. */
export const ENTITIES = [
  Tenant,
  User,
  SystemSetting,
  Constituent,
  ConstituentEmail,
  Fund,
  Campaign,
  RecurringGift,
  Gift,
  ReceiptSequence,
  TimelineEntry,
  Acknowledgement,
  AcknowledgementSettings,
  MajorGiftThreshold,
  MessageTemplate,
  GivingSummary,
  Task,
  CapturedMail,
];
