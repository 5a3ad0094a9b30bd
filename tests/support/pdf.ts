// What a PDF printed by Chromium says: its page count and its text, read with pdf.js.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Text with no white space and ligatures undone: a PDF places words and glyphs as it likes
 * ("Cut-o ff"), so texts are compared in this form.
 */
export const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Chromium's default margins, as its print dialog has them: what a learner's printout gets. */
export const DIALOG_MARGIN = { top: '10mm', right: '10mm', bottom: '10mm', left: '10mm' };

/** The page count alone, from the PDF's page objects: far cheaper than reading it with pdf.js. */
export const pageCount = (bytes: Uint8Array) => (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

/** The page count, each page's size (in points), and the text in `squash`ed form: the whole, and each page's. */
export async function readPdf(
  bytes: Uint8Array,
): Promise<{ pages: number; sizes: Array<{ width: number; height: number }>; text: string; pageTexts: string[] }> {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  const sizes: Array<{ width: number; height: number }> = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    sizes.push({ width, height });
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  const pageTexts = pages.map(squash);
  return { pages: pdf.numPages, sizes, text: pageTexts.join(''), pageTexts };
}
