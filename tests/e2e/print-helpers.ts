/** Printing a page to PDF and reading it back as text, as a teacher's printer would see it. */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Whitespace collapsed, ligatures (ﬁ) and typographic variants unfolded, and words the browser
 * broke after a hyphen at the end of a line ("qoʻllab-⏎quvvatlaydigan") joined again, so text
 * compares as words.
 */
export function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/(?<=\S-)[ \t]*\n\s*/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The page printed to an A4 PDF (print media), as `pdftotext -layout` reads it, and its number of
 * sheets (`pdfinfo`). `halves` is the text of the left and the right half of the first sheet, each
 * read alone: two columns set side by side are read line across line in `text`.
 */
export async function printedText(page: Page): Promise<{ raw: string; text: string; halves: [string, string]; pages: number }> {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const dir = mkdtempSync(join(tmpdir(), 'ogoh-print-'));
	try {
		const file = join(dir, 'page.pdf');
		writeFileSync(file, pdf);
		const raw = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
		const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
		// A4 is 595 × 842 points.
		const half = (x: number) => normalise(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '1', '-l', '1', '-x', String(x), '-y', '0', '-W', '298', '-H', '842', file, '-'], { encoding: 'utf8' }));
		return { raw, text: normalise(raw), halves: [half(0), half(297)], pages };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
