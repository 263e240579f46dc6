import { Injectable } from '@nestjs/common';
import { CapturedMail, newId } from '@steward/domain';
import type { CapturedMessage } from '@steward/notifications';
import { DataSource } from 'typeorm';

@Injectable()
export class CapturedMailRepository {
  constructor(private readonly db: DataSource) {}

  async store(message: CapturedMessage): Promise<void> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(CapturedMail)
      .values({
        id: newId(),
        tenantId: message.tenantId,
        messageId: message.messageId,
        fromAddress: message.from,
        toAddress: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        raw: message.raw,
      })
      .execute();
  }

  list(tenantId: string, limit: number, beforeId?: string): Promise<CapturedMail[]> {
    const qb = this.db
      .getRepository(CapturedMail)
      .createQueryBuilder('m')
      .where('m.tenant_id = :tenantId', { tenantId })
      .orderBy('m.id', 'DESC')
      .limit(limit);
    if (beforeId) qb.andWhere('m.id < :beforeId', { beforeId });
    return qb.getMany();
  }

  findById(tenantId: string, id: string): Promise<CapturedMail | null> {
    return this.db.getRepository(CapturedMail).findOneBy({ tenantId, id });
  }
}
