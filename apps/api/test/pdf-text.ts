import { execFile } from 'node:child_process';

// pdfjs (inside pdf-parse) loads its worker with a dynamic ESM import, which jest's module runtime
// cannot do; a plain Node process can, so the text is extracted there.
const EXTRACT = `import { PDFParse } from 'pdf-parse';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
const result = await parser.getText();
await parser.destroy();
process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));`;

/** The text a reader sees in a PDF, page by page in order, and its page count, from a real PDF parser. */
export function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', EXTRACT],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`PDF text extraction failed: ${stderr || error.message}`));
        resolve(JSON.parse(stdout) as { text: string; pages: number });
      },
    );
    child.stdin?.end(pdf);
  });
}
