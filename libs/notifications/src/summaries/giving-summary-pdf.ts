import { displayName } from '@steward/domain';
import PDFDocument from 'pdfkit';
import {
  formatDate,
  formatMoney,
  giftsWithBenefits,
  totalsByCurrency,
  usYearEndStatement,
  type GivingStatement,
} from './giving-summary-content';
import { periodLabel } from './giving-summary-period';

const MARGIN = 54;
/** Table columns: offset from the left margin and width (US Letter leaves 504pt between margins). */
const CELLS = {
  date: { x: 0, width: 122, align: 'left' },
  receipt: { x: 130, width: 92, align: 'left' },
  fund: { x: 230, width: 170, align: 'left' },
  amount: { x: 408, width: 96, align: 'right', oneLine: true },
} as const;

/**
 * The printable year-end statement (US Letter). Uses PDF's standard Helvetica, which needs no font files
 * and no network; it covers Western European text (WinAnsi), not every script a name may use.
 */
export function renderGivingSummaryPdf(s: GivingStatement): Promise<Buffer> {
  const year = periodLabel(s.period, s.locale);
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${s.organizationName}: giving summary ${year}`, Author: s.organizationName },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  doc.font('Helvetica-Bold').fontSize(18).text(s.organizationName);
  doc.font('Helvetica').fontSize(13).text(`Giving summary for ${year}`);
  doc.moveDown();
  doc.fontSize(11).text(displayName(s.donor));
  doc.moveDown(1.5);

  type Row = Record<keyof typeof CELLS, string>;
  const cells = (row: Row) =>
    (Object.keys(CELLS) as (keyof typeof CELLS)[]).map((key) => ({
      text: row[key],
      oneLine: false,
      ...CELLS[key],
    }));
  // An amount is never broken over two lines: a very large one is set a little smaller instead.
  const fittingSize = (text: string, cellWidth: number) => {
    const size = 11;
    doc.fontSize(size);
    const natural = doc.widthOfString(text);
    return natural <= cellWidth ? size : Math.floor((size * cellWidth * 10) / natural) / 10;
  };
  const header: Row = { date: 'Date', receipt: 'Receipt', fund: 'Fund', amount: 'Amount' };

  // Each row is measured first and moved whole to a new page when it does not fit, so no cell is ever
  // split from its row (pdfkit would otherwise break the page in the middle of a row).
  const tableRow = (row: Row, font: 'Helvetica' | 'Helvetica-Bold', isHeader = false) => {
    doc.font(font);
    const height = Math.max(
      ...cells(row).map((c) =>
        c.oneLine ? doc.currentLineHeight() : doc.heightOfString(c.text || ' ', { width: c.width }),
      ),
    );
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!isHeader) tableRow(header, 'Helvetica-Bold', true);
      doc.font(font);
    }
    const y = doc.y;
    for (const c of cells(row)) {
      if (c.oneLine) doc.fontSize(fittingSize(c.text, c.width));
      doc.text(c.text, MARGIN + c.x, y, { width: c.width, align: c.align, lineBreak: !c.oneLine });
      doc.fontSize(11);
    }
    doc.x = MARGIN;
    doc.y = y + height + 4;
    if (isHeader) {
      doc
        .moveTo(MARGIN, doc.y - 2)
        .lineTo(MARGIN + width, doc.y - 2)
        .stroke();
    }
  };

  if (s.gifts.length === 0) {
    doc.text(`No gifts were recorded in ${year}.`);
  } else {
    tableRow(header, 'Helvetica-Bold', true);
    for (const g of s.gifts) {
      tableRow(
        {
          date: formatDate(g.receivedAt, s.locale),
          receipt: g.receiptNumber ?? '',
          fund: g.fundName ?? 'General support',
          amount: formatMoney(g.amount, g.currency, s.locale),
        },
        'Helvetica',
      );
    }
    doc.moveDown(0.5);
    for (const t of totalsByCurrency(s.gifts)) {
      tableRow(
        { date: 'Total', receipt: '', fund: t.currency, amount: formatMoney(t.amount, t.currency, s.locale) },
        'Helvetica-Bold',
      );
    }
    doc.font('Helvetica');
  }

  const statement = usYearEndStatement(s);
  if (statement) {
    doc.moveDown(1.5);
    // A heading is not left alone at the foot of a page.
    if (doc.y + 80 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.font('Helvetica-Bold').text('Tax information', MARGIN);
    doc.font('Helvetica').fontSize(10).text(statement, { width });
    const benefits = giftsWithBenefits(s.gifts.filter((g) => g.currency === 'USD'));
    if (benefits.length > 0) {
      doc.moveDown(0.5);
      doc.text('Goods or services received:', { width });
      for (const g of benefits) {
        doc.text(
          `${formatDate(g.receivedAt, s.locale)}` +
            (g.receiptNumber ? `, receipt ${g.receiptNumber}` : '') +
            `: ${g.goodsServicesDescription?.trim() || 'goods or services'}, estimated value ` +
            formatMoney(g.goodsServicesValue ?? 0, 'USD', s.locale),
          { width, indent: 12 },
        );
      }
    }
    doc.fontSize(11);
  }

  doc.moveDown(1.5);
  doc.text('Thank you for your generosity.', MARGIN, doc.y, { width });
  doc.moveDown(0.5).text(s.signature, { width });

  // Page numbers last, once the page count is known.
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(pages.start + i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin must not start a new page.
    doc.page.margins.bottom = 0;
    doc
      .fontSize(9)
      .fillColor('#555555')
      .text(`Page ${i + 1} of ${pages.count}`, MARGIN, doc.page.height - MARGIN / 2 - 9, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
