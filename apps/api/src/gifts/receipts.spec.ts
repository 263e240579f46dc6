import { createConstituent, recordGift } from '../../test/factories';
import { startMailingTestApp, type TestApp } from '../../test/harness';
import type { SmtpSink } from '../../test/smtp-sink';

describe('receipts', () => {
  let smtp: SmtpSink;
  let app: TestApp;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ app, smtp, close } = await startMailingTestApp({}));
  });
  afterAll(() => close?.());

  it('numbers receipts without gaps or repeats under 8 concurrent gift writers', async () => {
    const donors = await Promise.all(
      Array.from({ length: 8 }, () => createConstituent(app, { doNotEmail: true })),
    );
    const writers = donors.map(async (donor) => {
      const numbers: string[] = [];
      for (let i = 0; i < 10; i++) {
        const gift = await recordGift(app, {
          constituentId: donor.id,
          amount: 1000 + i,
          receivedAt: '2027-03-01T12:00:00Z',
        });
        numbers.push(gift.receiptNumber);
      }
      return numbers;
    });
    // A failing gift in the middle gives nothing back to number.
    await recordGift(
      app,
      {
        constituentId: donors[0].id,
        fundId: '01900000-0000-7000-8000-000000000000',
        receivedAt: '2027-03-01T12:00:00Z',
      },
      400,
    );
    const all = (await Promise.all(writers)).flat().sort();
    const expected = Array.from({ length: 80 }, (_, i) => `2027-${String(i + 1).padStart(6, '0')}`);
    expect(all).toEqual(expected);
  });

  it('starts again at 1 each year', async () => {
    const donor = await createConstituent(app, { doNotEmail: true });
    const gift = await recordGift(app, { constituentId: donor.id, receivedAt: '2025-12-31T23:59:59Z' });
    expect(gift.receiptNumber).toBe('2025-000001');
  });

  it('keeps numbering past 999,999 receipts in a year, never cutting a number to six digits', async () => {
    const donor = await createConstituent(app, { doNotEmail: true });
    const tenant = await app.sql<{ id: string }>('SELECT id FROM tenants LIMIT 1');
    await app.sql(`INSERT INTO receipt_sequences (tenant_id, year, last_number) VALUES ($1, 2024, 999998)`, [
      tenant[0].id,
    ]);
    const numbers = [];
    for (let i = 0; i < 3; i++) {
      const gift = await recordGift(app, { constituentId: donor.id, receivedAt: '2024-06-01T12:00:00Z' });
      numbers.push(gift.receiptNumber);
    }
    expect(numbers).toEqual(['2024-999999', '2024-1000000', '2024-1000001']);
  });

  it('puts the US written acknowledgement in the thank-you of a $300 gift', async () => {
    const donor = await createConstituent(app);
    const gift = await recordGift(app, { constituentId: donor.id, amount: 30000, currency: 'USD' });
    const [message] = await smtp.waitForMessages(1);
    expect(message.text).toContain(`Receipt ${gift.receiptNumber}.`);
    expect(message.text).toContain('No goods or services were provided in exchange for this contribution.');
  });

  it('discloses the deductible part of a gala ticket', async () => {
    const donor = await createConstituent(app);
    const gift = await recordGift(app, {
      constituentId: donor.id,
      amount: 15000,
      goodsServicesValue: 6000,
      goodsServicesDescription: 'dinner at the spring gala',
    });
    expect(gift).toMatchObject({
      goodsServicesValue: 6000,
      goodsServicesDescription: 'dinner at the spring gala',
    });
    const messages = await smtp.waitForMessages(2);
    expect(messages[1].text).toContain(
      'In exchange you received dinner at the spring gala, with a good-faith estimated value of $60.00.',
    );
    expect(messages[1].text).toContain('over that value: $90.00.');
  });

  it('refuses goods or services worth more than the payment', async () => {
    const donor = await createConstituent(app);
    const res = await app
      .http()
      .post('/api/v1/gifts')
      .set('authorization', `Bearer ${app.token}`)
      .send({ constituentId: donor.id, amount: 5000, currency: 'USD', goodsServicesValue: 6000 })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'goodsServicesValue' })]);
  });
});
