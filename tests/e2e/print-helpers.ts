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
 * sheets (`pdfinfo`). `flow` is the text in reading order (`pdftotext` without -layout): text set
 * in columns side by side is read column by column there, not line across line.
 */
export async function printedText(page: Page): Promise<{ raw: string; text: string; flow: string; pages: number }> {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const dir = mkdtempSync(join(tmpdir(), 'ogoh-print-'));
	try {
		const file = join(dir, 'page.pdf');
		writeFileSync(file, pdf);
		const raw = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
		const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
		const flow = normalise(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
		return { raw, text: normalise(raw), flow, pages };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
