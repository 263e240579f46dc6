import { Module } from '@nestjs/common';
import { MailModule } from '../platform/mail/mail.module';
import { CapturedMailController } from './captured-mail.controller';

/** The admin's view of mail captured locally (no SMTP_URL); the mail platform stores it. */
@Module({ imports: [MailModule], controllers: [CapturedMailController] })
export class CapturedMailModule {}
