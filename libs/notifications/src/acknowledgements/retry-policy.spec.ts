import { DeliveryFailed } from '../delivery/mail-transport';
import { judgeDeliveryFailure, type RetryPolicy } from './retry-policy';

describe('judgeDeliveryFailure', () => {
  const policy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000 };
  const now = new Date('2026-11-23T12:00:00Z');
  const attempt = { attempts: 1, recipient: 'ana@example.org' };

  it('calls a refused recipient a bounce, naming the address', () => {
    const judged = judgeDeliveryFailure(
      new DeliveryFailed('550 no such user', true, 550, true),
      attempt,
      policy,
    );
    expect(judged).toMatchObject({ outcome: 'bounced', address: 'ana@example.org' });
    expect(judged.outcome === 'bounced' && judged.reason).toContain(
      'refused the address ana@example.org (550)',
    );
  });

  it('fails a refused message at once, and any failure on the last attempt', () => {
    expect(judgeDeliveryFailure(new DeliveryFailed('554 spam', true, 554), attempt, policy)).toMatchObject({
      outcome: 'failed',
      reason: 'the mail server refused the message permanently (554)',
    });
    expect(judgeDeliveryFailure(new Error('ECONNRESET'), { ...attempt, attempts: 3 }, policy)).toMatchObject({
      outcome: 'failed',
      reason: 'delivery failed after 3 attempts',
      error: 'ECONNRESET',
    });
  });

  it('retries a temporary failure after a doubling backoff', () => {
    const second = judgeDeliveryFailure(
      new DeliveryFailed('451 busy', false, 451),
      { ...attempt, attempts: 2 },
      policy,
      now,
    );
    expect(second).toEqual({
      outcome: 'retrying',
      nextAttemptAt: new Date(now.getTime() + 2000),
      error: '451 busy',
    });
  });
});
