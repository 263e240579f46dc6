import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CaptureMailTransport, SmtpMailTransport, type MailTransport } from '@steward/notifications';
import { STEWARD_CONFIG, type StewardConfig } from '../../config/config';
import { CapturedMailRepository } from './captured-mail.repository';
import { MAIL_TRANSPORT } from './mail-transport';

/**
 * The mail platform: one transport per process, chosen by configuration (SMTP_URL: pooled SMTP;
 * unset: captured locally, into `captured_mail`, which this module owns), closed at shutdown after
 * the worker has finished its sends. Any area that sends mail imports it and injects MAIL_TRANSPORT.
 */
@Module({
  providers: [
    CapturedMailRepository,
    {
      provide: MAIL_TRANSPORT,
      inject: [STEWARD_CONFIG, CapturedMailRepository],
      useFactory: (config: StewardConfig, captured: CapturedMailRepository): MailTransport =>
        config.mail.driver === 'smtp'
          ? new SmtpMailTransport(config.mail.smtpUrl as string, { sendTimeoutMs: config.mail.sendTimeoutMs })
          : new CaptureMailTransport((message) => captured.store(message)),
    },
  ],
  exports: [MAIL_TRANSPORT, CapturedMailRepository],
})
export class MailModule implements OnApplicationShutdown {
  constructor(@Inject(MAIL_TRANSPORT) private readonly transport: MailTransport) {}

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}
