import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { NotFound } from '@steward/domain';
import type { Actor } from '../auth/actor';
import { AllowRoles, CurrentActor } from '../auth/auth.decorators';
import { CursorCodec } from '../common/cursor';
import { PageQuery } from '../common/pagination.dto';
import { UuidParam } from '../common/uuid-param';
import { CapturedMailRepository } from '../platform/mail/captured-mail.repository';

class CapturedMailView {
  @ApiProperty() id: string;
  @ApiProperty() messageId: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty() subject: string;
  @ApiProperty({ nullable: true, type: String }) text: string | null;
  @ApiProperty({ nullable: true, type: String }) html: string | null;
  @ApiProperty() capturedAt: Date;
}

class CapturedMailPage {
  @ApiProperty({ type: [CapturedMailView] }) items: CapturedMailView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

/**
 * Mail kept locally when no SMTP_URL is set (development and demos). It is the installation's outbox,
 * so only administrators and development officers of the tenant read it.
 */
@ApiTags('mail')
@ApiBearerAuth()
@AllowRoles('development_officer')
@Controller('mail/captured')
export class CapturedMailController {
  constructor(
    private readonly mail: CapturedMailRepository,
    private readonly cursors: CursorCodec,
  ) {}

  @Get()
  @ApiOkResponse({ type: CapturedMailPage })
  async list(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<CapturedMailPage> {
    const limit = query.limit ?? 50;
    const after = this.cursors.decode('captured-mail', query.cursor, { id: 'uuid' });
    const rows = await this.mail.list(actor.tenantId, limit + 1, after?.id);
    const items = rows.slice(0, limit).map(toView);
    return {
      items,
      nextCursor:
        rows.length > limit ? this.cursors.encode('captured-mail', { id: items[items.length - 1].id }) : null,
    };
  }

  @Get(':id')
  @ApiOkResponse({ type: CapturedMailView })
  async get(@CurrentActor() actor: Actor, @UuidParam('id') id: string): Promise<CapturedMailView> {
    const found = await this.mail.findById(actor.tenantId, id);
    if (!found) throw new NotFound('captured message', id);
    return toView(found);
  }
}

function toView(m: {
  id: string;
  messageId: string;
  fromAddress: string;
  toAddress: string;
  subject: string;
  text: string | null;
  html: string | null;
  capturedAt: Date;
}): CapturedMailView {
  return {
    id: m.id,
    messageId: m.messageId,
    from: m.fromAddress,
    to: m.toAddress,
    subject: m.subject,
    text: m.text,
    html: m.html,
    capturedAt: m.capturedAt,
  };
}
