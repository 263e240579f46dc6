import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { TimelineRepository } from '@steward/domain';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { Consumes } from '../common/content-types';
import { UnsubscribeLinks } from './unsubscribe-links';

/**
 * The link in every thank-you. GET only shows a confirmation page, because mail scanners fetch links;
 * POST unsubscribes, from the page's button or from a mail client's one-click request (RFC 8058).
 */
@ApiExcludeController()
@Controller('unsubscribe')
export class UnsubscribeController {
  private readonly timeline = new TimelineRepository();

  constructor(
    private readonly links: UnsubscribeLinks,
    private readonly db: DataSource,
  ) {}

  @Public()
  @Get(':token')
  async confirmPage(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const target = this.links.verify(token);
    if (!target) return this.page(reply, 404, 'This unsubscribe link is not valid.');
    return this.page(
      reply,
      200,
      `<p>Stop receiving thank-you and giving emails from us?</p>
       <form method="post"><button type="submit">Unsubscribe</button></form>`,
    );
  }

  @Public()
  @Post(':token')
  @HttpCode(200)
  // RFC 8058: mail providers post `List-Unsubscribe=One-Click` in either form encoding; the page's
  // button posts an empty form. The body carries nothing the endpoint needs.
  @Consumes('application/x-www-form-urlencoded', 'multipart/form-data')
  async unsubscribe(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const target = this.links.verify(token);
    if (!target) return this.page(reply, 404, 'This unsubscribe link is not valid.');
    await this.db.transaction(async (tx) => {
      const [changed]: [unknown[], number] = await tx.query(
        `UPDATE constituents SET do_not_email = true, updated_at = now()
          WHERE tenant_id = $1 AND id = $2 AND NOT do_not_email
          RETURNING id`,
        [target.tenantId, target.constituentId],
      );
      if (changed.length === 0) return; // already unsubscribed, or gone: nothing to record
      await this.timeline.append(tx, [
        {
          tenantId: target.tenantId,
          constituentId: target.constituentId,
          kind: 'unsubscribe',
          department: 'communications',
          occurredAt: new Date(),
          summary: 'Unsubscribed from email through the link in a message',
        },
      ]);
    });
    return this.page(reply, 200, '<p>You are unsubscribed. We will not email you again.</p>');
  }

  private page(reply: FastifyReply, status: number, body: string): void {
    void reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(
        `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
          `<title>Unsubscribe</title></head><body style="font-family: sans-serif; max-width: 32rem; margin: 3rem auto;">` +
          `${body}</body></html>`,
      );
  }
}
