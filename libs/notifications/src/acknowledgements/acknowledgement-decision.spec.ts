import { chooseTreatment } from './acknowledgement-decision';

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
