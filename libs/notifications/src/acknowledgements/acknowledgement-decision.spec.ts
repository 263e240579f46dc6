import {
  chooseTreatment,
  planAcknowledgement,
  type GiftAcknowledgementFacts,
} from './acknowledgement-decision';

describe('chooseTreatment', () => {
  const at = (iso: string) => new Date(iso);

  it('welcomes a first gift', () => {
    expect(chooseTreatment(null, at('2026-05-01T00:00:00Z'))).toBe('first_gift');
  });

  it('welcomes back after 13 months without a gift, not before', () => {
    const received = at('2026-05-01T00:00:00Z');
    expect(chooseTreatment(at('2025-04-01T00:00:00Z'), received)).toBe('welcome_back');
    expect(chooseTreatment(at('2025-04-02T00:00:00Z'), received)).toBe('thank_you');
  });
});

describe('planAcknowledgement', () => {
  const gift: GiftAcknowledgementFacts = {
    doNotEmail: false,
    doNotContact: false,
    deceased: false,
    email: 'ana@example.org',
    previousGiftAt: null,
    receivedAt: new Date('2026-05-01T00:00:00Z'),
    amount: 30000,
    majorGiftThreshold: 100000,
    installment: null,
    tribute: null,
  };

  it('queues an ordinary gift', () => {
    expect(planAcknowledgement(gift)).toMatchObject({ donor: { status: 'queued' }, tasks: [] });
  });

  it('holds a major gift for review and schedules a call; without email it also plans a letter', () => {
    const major = planAcknowledgement({ ...gift, amount: 100000 });
    expect(major.donor.status).toBe('held');
    expect(major.tasks.map((t) => t.kind)).toEqual(['call']);
    const noEmail = planAcknowledgement({ ...gift, amount: 100000, email: null });
    expect(noEmail.donor.status).toBe('suppressed');
    expect(noEmail.tasks.map((t) => t.kind)).toEqual(['call', 'letter']);
  });

  it('never plans contact with a deceased or do-not-contact donor', () => {
    for (const flags of [{ deceased: true }, { doNotContact: true }]) {
      const plan = planAcknowledgement({ ...gift, ...flags, amount: 500000 });
      expect(plan.donor.status).toBe('suppressed');
      expect(plan.tasks).toEqual([]);
    }
  });

  it('defers later installments to the summary the donor prefers, but thanks the first one', () => {
    const monthly = { isFirst: false, preference: 'monthly_summary' as const };
    expect(planAcknowledgement({ ...gift, installment: monthly }).donor.status).toBe('deferred');
    expect(planAcknowledgement({ ...gift, installment: { ...monthly, isFirst: true } }).donor.status).toBe(
      'queued',
    );
    expect(
      planAcknowledgement({ ...gift, installment: { isFirst: false, preference: 'each' } }).donor.status,
    ).toBe('queued');
  });

  it('notifies a tribute by email, or plans a card when only a name or address is known', () => {
    const tribute = {
      type: 'in_memory' as const,
      name: 'Rosa Rivera',
      notifyName: 'The Rivera family',
      notifyEmail: null,
      notifyAddress: '12 Elm St',
    };
    expect(
      planAcknowledgement({ ...gift, tribute: { ...tribute, notifyEmail: 'fam@example.org' } }),
    ).toMatchObject({ tributeNotice: { recipient: 'fam@example.org' }, tasks: [] });
    const card = planAcknowledgement({ ...gift, tribute });
    expect(card.tributeNotice).toBeNull();
    expect(card.tasks[0]).toMatchObject({
      kind: 'letter',
      title: 'Post a tribute card to The Rivera family',
    });
  });
});
