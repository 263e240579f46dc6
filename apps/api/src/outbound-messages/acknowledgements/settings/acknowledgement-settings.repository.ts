import { Injectable } from '@nestjs/common';
import {
  DEFAULT_AUTOMATED_TARGET_SECONDS,
  DEFAULT_PERSONAL_TARGET_SECONDS,
  type AcknowledgementSettings,
  type MajorGiftThreshold,
  minorUnitsFromColumn,
} from '@steward/domain';
import { DataSource } from 'typeorm';

export type AcknowledgementTargets = Pick<
  AcknowledgementSettings,
  'automatedTargetSeconds' | 'personalTargetSeconds'
>;

export interface TenantAcknowledgementSettings extends AcknowledgementTargets {
  majorGiftThresholds: Pick<MajorGiftThreshold, 'currency' | 'amount'>[];
}

/** acknowledgement_settings and major_gift_thresholds; a tenant without a settings row has the defaults. */
@Injectable()
export class AcknowledgementSettingsRepository {
  constructor(private readonly db: DataSource) {}

  async targets(tenantId: string): Promise<AcknowledgementTargets> {
    const rows: AcknowledgementTargets[] = await this.db.query(
      `SELECT COALESCE(s.automated_target_seconds, $2) AS "automatedTargetSeconds",
              COALESCE(s.personal_target_seconds, $3) AS "personalTargetSeconds"
         FROM (SELECT 1) one
         LEFT JOIN acknowledgement_settings s ON s.tenant_id = $1`,
      [tenantId, DEFAULT_AUTOMATED_TARGET_SECONDS, DEFAULT_PERSONAL_TARGET_SECONDS],
    );
    return rows[0];
  }

  /** Targets and thresholds in one round trip. */
  async find(tenantId: string): Promise<TenantAcknowledgementSettings> {
    const rows: (AcknowledgementTargets & { thresholds: { currency: string; amount: string }[] })[] =
      await this.db.query(
        `SELECT COALESCE(s.automated_target_seconds, $2) AS "automatedTargetSeconds",
                COALESCE(s.personal_target_seconds, $3) AS "personalTargetSeconds",
                COALESCE((SELECT json_agg(json_build_object('currency', m.currency, 'amount', m.amount::text)
                                          ORDER BY m.currency)
                            FROM major_gift_thresholds m WHERE m.tenant_id = $1), '[]') AS thresholds
           FROM (SELECT 1) one
           LEFT JOIN acknowledgement_settings s ON s.tenant_id = $1`,
        [tenantId, DEFAULT_AUTOMATED_TARGET_SECONDS, DEFAULT_PERSONAL_TARGET_SECONDS],
      );
    const { thresholds, ...targets } = rows[0];
    return {
      ...targets,
      majorGiftThresholds: thresholds.map((t) => ({
        currency: t.currency,
        amount: minorUnitsFromColumn(t.amount),
      })),
    };
  }

  /**
   * Replaces the tenant's settings in one transaction: a reader (a gift being recorded) sees the old
   * thresholds or the new ones, never an empty or half-written list.
   */
  async replace(tenantId: string, settings: TenantAcknowledgementSettings): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO acknowledgement_settings (tenant_id, automated_target_seconds, personal_target_seconds, updated_at)
         VALUES ($1, $2, $3, now())
         ON CONFLICT (tenant_id) DO UPDATE
           SET automated_target_seconds = EXCLUDED.automated_target_seconds,
               personal_target_seconds = EXCLUDED.personal_target_seconds,
               updated_at = now()`,
        [tenantId, settings.automatedTargetSeconds, settings.personalTargetSeconds],
      );
      await tx.query('DELETE FROM major_gift_thresholds WHERE tenant_id = $1', [tenantId]);
      if (settings.majorGiftThresholds.length > 0) {
        await tx.query(
          `INSERT INTO major_gift_thresholds (tenant_id, currency, amount)
           SELECT $1, * FROM unnest($2::char(3)[], $3::bigint[])`,
          [
            tenantId,
            settings.majorGiftThresholds.map((t) => t.currency),
            settings.majorGiftThresholds.map((t) => t.amount),
          ],
        );
      }
    });
  }
}
