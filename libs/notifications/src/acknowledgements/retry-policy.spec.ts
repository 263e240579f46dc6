import { DeliveryFailed, type DeliveryStage } from '../delivery/mail-transport';
import { judgeDeliveryFailure, OUTCOME_UNKNOWN_REASON, type RetryPolicy } from './retry-policy';

describe('judgeDeliveryFailure', () => {
  const policy: RetryPolicy = {
    maxAttempts: 3,
    baseDelayMs: 1000,
    maxDelayMs: 60_000,
    unreachableMaxDelayMs: 5000,
  };
  const now = new Date('2026-11-23T12:00:00Z');
  const attempt = { attempts: 1, recipient: 'ana@example.org' };
  const failed = (stage: DeliveryStage, responseCode?: number, recipientRefused = false) =>
    new DeliveryFailed(`${responseCode ?? 'no answer'} at ${stage}`, {
      stage,
      responseCode,
      recipientRefused,
    });

  it('calls a refused recipient a bounce, naming the address', () => {
    const judged = judgeDeliveryFailure(failed('envelope', 550, true), attempt, policy);
    expect(judged).toMatchObject({ outcome: 'bounced', address: 'ana@example.org' });
    expect(judged.outcome === 'bounced' && judged.reason).toContain(
      'refused the address ana@example.org (550)',
    );
  });

  it('fails a refused message at once, and a temporary refusal on the last attempt', () => {
    expect(judgeDeliveryFailure(failed('handed-over', 554), attempt, policy)).toMatchObject({
      outcome: 'failed',
      reason: 'the mail server refused the message permanently (554)',
    });
    expect(
      judgeDeliveryFailure(failed('handed-over', 451), { ...attempt, attempts: 3 }, policy),
    ).toMatchObject({
      outcome: 'failed',
      reason: 'delivery failed after 3 attempts',
      error: '451 at handed-over',
    });
  });

  it('retries a temporary refusal after a doubling backoff', () => {
    expect(judgeDeliveryFailure(failed('envelope', 451), { ...attempt, attempts: 2 }, policy, now)).toEqual({
      outcome: 'retrying',
      nextAttemptAt: new Date(now.getTime() + 2000),
      countsAsAttempt: true,
      error: '451 at envelope',
    });
  });

  it('keeps retrying, soon and without failing, while there is no session with the server', () => {
    // Refused connections, silence, a 421 greeting: however many attempts, nothing was delivered.
    for (const error of [failed('session'), failed('session', 421), failed('session', 554)]) {
      expect(judgeDeliveryFailure(error, { ...attempt, attempts: 40 }, policy, now)).toEqual({
        outcome: 'retrying',
        nextAttemptAt: new Date(now.getTime() + 5000),
        countsAsAttempt: false,
        error: error.message,
      });
    }
  });

  it('retries soon when the connection broke before the whole message was sent', () => {
    for (const stage of ['envelope', 'content'] as const) {
      expect(judgeDeliveryFailure(failed(stage), { ...attempt, attempts: 10 }, policy, now)).toMatchObject({
        outcome: 'retrying',
        nextAttemptAt: new Date(now.getTime() + 5000),
        countsAsAttempt: false,
      });
    }
  });

  it('holds for a person a message sent whole whose answer never came: a retry could send it twice', () => {
    expect(judgeDeliveryFailure(failed('handed-over'), attempt, policy, now)).toEqual({
      outcome: 'held',
      reason: OUTCOME_UNKNOWN_REASON,
      error: 'no answer at handed-over',
    });
    expect(OUTCOME_UNKNOWN_REASON).toMatch(/^delivery outcome unknown/);
  });

  it('retries a fault of our own with backoff, and fails it on the last attempt', () => {
    expect(judgeDeliveryFailure(new Error('ENOSPC'), attempt, policy, now)).toMatchObject({
      outcome: 'retrying',
    });
    expect(judgeDeliveryFailure(new Error('ENOSPC'), { ...attempt, attempts: 3 }, policy)).toMatchObject({
      outcome: 'failed',
    });
  });
});
