import { Module } from '@nestjs/common';
import { CapturedMailController } from './captured-mail.controller';
import { CapturedMailRepository } from './captured-mail.repository';

@Module({
  controllers: [CapturedMailController],
  providers: [CapturedMailRepository],
  exports: [CapturedMailRepository],
})
export class MailModule {}
