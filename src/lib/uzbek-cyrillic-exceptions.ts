/**
 * Reads content/uzbek-cyrillic-exceptions.yaml for the transliterator (src/lib/uzbek-cyrillic.ts),
 * and says which file, field and fix when it is wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { NO_EXCEPTIONS, type UzbekCyrillicExceptions } from './uzbek-cyrillic.ts';

export const EXCEPTIONS_FILE = 'content/uzbek-cyrillic-exceptions.yaml';

const latinKey = z.string().regex(/^[a-zʻʼ-]+$/, 'a lower-case Latin word (ʻ in oʻ/gʻ, ʼ for the tutuq belgisi)');
const cyrillic = z.string().regex(/^[а-яёўқғҳ-]+$/, 'a lower-case Cyrillic word');

export const uzbekCyrillicExceptionsSchema = z
	.object({
		latin: z.array(z.string().min(1)).default([]),
		words: z.record(latinKey, cyrillic).default({}),
		stems: z.record(latinKey, cyrillic).default({}),
	})
	.strict();

/** The exceptions under `root` (none when the file is missing); throws naming the file, field and fix. */
export function readUzbekCyrillicExceptions(root: string): UzbekCyrillicExceptions {
	const path = join(root, EXCEPTIONS_FILE);
	if (!existsSync(path)) return NO_EXCEPTIONS;
	const result = uzbekCyrillicExceptionsSchema.safeParse(parseYaml(readFileSync(path, 'utf8')) ?? {});
	if (!result.success) {
		const issue = result.error.issues[0]!;
		const message = issue.code === 'invalid_key' ? issue.issues[0]!.message : issue.message;
		throw new Error(`${EXCEPTIONS_FILE}: ${issue.path.join('.') || '(file)'}: ${message}. Fix: keys are lower-case Latin, values lower-case Cyrillic, under latin:, words: or stems:`);
	}
	return result.data;
}
