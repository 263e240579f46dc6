import { Module } from '@nestjs/common';
import { AcknowledgementSettingsController } from './acknowledgement-settings.controller';
import { AcknowledgementSettingsRepository } from './acknowledgement-settings.repository';
import { AcknowledgementSettingsService } from './acknowledgement-settings.service';

@Module({
  controllers: [AcknowledgementSettingsController],
  providers: [AcknowledgementSettingsRepository, AcknowledgementSettingsService],
  exports: [AcknowledgementSettingsRepository],
})
export class AcknowledgementSettingsModule {}
