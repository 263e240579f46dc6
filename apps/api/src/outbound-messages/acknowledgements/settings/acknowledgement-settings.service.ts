import { Injectable } from '@nestjs/common';
import { ValidationFailed } from '@steward/domain';
import type { Actor } from '../../../auth/actor';
import type { AcknowledgementSettingsDto } from './acknowledgement-settings.dto';
import { AcknowledgementSettingsRepository } from './acknowledgement-settings.repository';

@Injectable()
export class AcknowledgementSettingsService {
  constructor(private readonly settings: AcknowledgementSettingsRepository) {}

  get(actor: Actor): Promise<AcknowledgementSettingsDto> {
    return this.settings.find(actor.tenantId);
  }

  async replace(actor: Actor, body: AcknowledgementSettingsDto): Promise<AcknowledgementSettingsDto> {
    // One threshold per currency: two would leave which one applies to chance.
    const seen = new Set<string>();
    body.majorGiftThresholds.forEach((t, i) => {
      if (seen.has(t.currency)) {
        throw ValidationFailed.field(`majorGiftThresholds.${i}.currency`, `${t.currency} is listed twice`);
      }
      seen.add(t.currency);
    });
    const settings = {
      automatedTargetSeconds: body.automatedTargetSeconds,
      personalTargetSeconds: body.personalTargetSeconds,
      majorGiftThresholds: body.majorGiftThresholds
        .map((t) => ({ currency: t.currency, amount: t.amount }))
        .sort((a, b) => a.currency.localeCompare(b.currency)),
    };
    await this.settings.replace(actor.tenantId, settings);
    return settings;
  }
}
