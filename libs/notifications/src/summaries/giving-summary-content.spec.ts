import { MAX_GIFT_MINOR_UNITS } from '@steward/domain';
import { execFile } from 'node:child_process';
import { givingSummaryContext, usYearEndStatement, type GivingStatement } from './giving-summary-content';
import { renderGivingSummaryPdf } from './giving-summary-pdf';
import { monthPeriod, previousMonth, yearPeriod } from './giving-summary-period';

function statement(overrides: Partial<GivingStatement> = {}): GivingStatement {
  return {
    organizationName: 'Harbor Food Bank',
    donor: { kind: 'individual', firstName: 'Ana', lastName: 'Rivera', preferredName: 'Annie' },
    locale: 'en-US',
    period: yearPeriod(2026),
    signature: 'Maya Chen, Development Director',
    gifts: [
      {
        id: 'g1',
        amount: 30000,
        currency: 'USD',
        receivedAt: new Date('2026-03-04T15:00:00Z'),
        receiptNumber: '2026-000001',
        fundName: 'Pantry',
        goodsServicesValue: null,
        goodsServicesDescription: null,
      },
      {
        id: 'g2',
        amount: 50000,
        currency: 'USD',
        receivedAt: new Date('2026-10-20T19:00:00Z'),
        receiptNumber: '2026-000002',
        fundName: null,
        goodsServicesValue: 12000,
        goodsServicesDescription: 'two gala dinner seats',
      },
      {
        id: 'g3',
        amount: 2500,
        currency: 'EUR',
        receivedAt: new Date('2026-12-31T23:30:00Z'),
        receiptNumber: '2026-000003',
        fundName: 'Pantry',
        goodsServicesValue: null,
        goodsServicesDescription: null,
      },
    ],
    ...overrides,
  };
}

// pdfjs (inside pdf-parse) loads its worker with a dynamic ESM import that jest's runtime cannot do;
// a plain Node process can, so a real parser extracts the text there.
const EXTRACT = `import { PDFParse } from 'pdf-parse';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
const result = await parser.getText();
await parser.destroy();
process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));`;

function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', EXTRACT],
      (error, stdout, stderr) =>
        error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout)),
    );
    child.stdin?.end(pdf);
  });
}

describe('giving summary periods', () => {
  it('are half-open UTC date ranges', () => {
    expect(monthPeriod('2026-12')).toEqual({ period: 'month', start: '2026-12-01', end: '2027-01-01' });
    expect(yearPeriod(2026)).toEqual({ period: 'year', start: '2026-01-01', end: '2027-01-01' });
    expect(previousMonth(new Date('2027-01-01T06:00:00Z'))).toMatchObject({ start: '2026-12-01' });
    expect(() => monthPeriod('2026-13')).toThrow('month');
  });
});

describe('the year-end tax statement', () => {
  it('states that no goods or services were provided when none were', () => {
    const s = statement();
    s.gifts = s.gifts.filter((g) => g.id === 'g1');
    expect(usYearEndStatement(s)).toBe(
      'Harbor Food Bank received your contributions in 2026 listed above, totaling $300.00. ' +
        'No goods or services were provided in exchange for these contributions.',
    );
  });

  it('lists what the donor received in return, and the deductible remainder', () => {
    const text = usYearEndStatement(statement());
    expect(text).toContain('totaling $800.00 (US dollar gifts).');
    expect(text).toContain(
      'except: for your payment of $500.00 on October 20, 2026 (receipt 2026-000002) you received two ' +
        'gala dinner seats, with a good-faith estimated value of $120.00.',
    );
    expect(text).toContain('value of goods and services received: $680.00.');
  });

  it('is absent without US dollar gifts, and from monthly summaries', () => {
    const s = statement();
    expect(usYearEndStatement({ ...s, gifts: s.gifts.filter((g) => g.currency === 'EUR') })).toBeNull();
    expect(givingSummaryContext({ ...s, period: monthPeriod('2026-03') }).taxStatement).toBeNull();
  });

  it('totals each currency on its own', () => {
    expect(givingSummaryContext(statement()).totals).toEqual(['€25.00', '$800.00']);
  });

  it('keeps every cent of totals past the exact range of a JavaScript number', () => {
    const base = statement().gifts[0];
    // Two of the largest gifts Steward accepts (and one cent): 2 × 999,999,999,999,999 + 1 > 2^53.
    const gifts = [
      { ...base, id: 'a', amount: MAX_GIFT_MINOR_UNITS },
      { ...base, id: 'b', amount: MAX_GIFT_MINOR_UNITS },
      { ...base, id: 'c', amount: 1 },
    ];
    expect(givingSummaryContext(statement({ gifts })).totals).toEqual(['$19,999,999,999,999.99']);
    expect(usYearEndStatement(statement({ gifts }))).toContain('totaling $19,999,999,999,999.99.');
  });
});

describe('the printable summary', () => {
  it('shows the donor, each gift, the totals, the tax statement and page numbers', async () => {
    const { text, pages } = await pdfText(await renderGivingSummaryPdf(statement()));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Harbor Food Bank');
    expect(flat).toContain('Giving summary for 2026');
    expect(flat).toContain('Annie Rivera');
    expect(flat).toContain('March 4, 2026 2026-000001 Pantry $300.00');
    expect(flat).toContain('October 20, 2026 2026-000002 General support $500.00');
    expect(flat).toContain('December 31, 2026 2026-000003 Pantry €25.00');
    expect(flat).toContain('Total EUR €25.00');
    expect(flat).toContain('Total USD $800.00');
    expect(flat).toContain('two gala dinner seats, estimated value $120.00');
    expect(flat).toContain('No goods or services were provided in exchange for these contributions, except');
    expect(flat).toContain(`Page 1 of ${pages}`);
  });

  it('numbers every page of a long year', async () => {
    const base = statement().gifts[0];
    const gifts = Array.from({ length: 80 }, (_, i) => ({
      ...base,
      id: `g${i}`,
      receiptNumber: `2026-${String(i + 1).padStart(6, '0')}`,
    }));
    const { text, pages } = await pdfText(await renderGivingSummaryPdf(statement({ gifts })));
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p <= pages; p++) expect(text).toContain(`Page ${p} of ${pages}`);
    expect(text).toContain('2026-000080');
    expect(text).toContain('$24,000.00');
  });
});
