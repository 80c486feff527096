/**
 * A learner's progress, kept only in their own browser (localStorage). Storage may be missing
 * (private mode), full, or hold data from an older version or another site: loading never throws
 * and falls back to empty progress, saving reports failure instead of throwing.
 *
 * Stored shape (version 1), under the key `ogoh:progress`:
 *   { version: 1, quizzes: { [quizId]: { best, total, attempts, key, updated } } }
 * `key` fingerprints the quiz's answer key: when a quiz changes, its old record is dropped.
 */
// No zod here: this module ships to the browser with the quiz, where every kilobyte counts.

export const PROGRESS_KEY = 'ogoh:progress';

export interface QuizRecord {
	best: number;
	total: number;
	attempts: number;
	key: string;
	updated: string;
}
export interface Progress {
	version: 1;
	quizzes: Record<string, QuizRecord>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isQuizRecord(value: unknown): value is QuizRecord {
	if (!isRecord(value)) return false;
	const { best, total, attempts, key, updated } = value;
	return (
		typeof best === 'number' && Number.isFinite(best) && best >= 0 &&
		typeof total === 'number' && Number.isInteger(total) && total > 0 && best <= total &&
		typeof attempts === 'number' && Number.isInteger(attempts) && attempts >= 0 &&
		typeof key === 'string' && typeof updated === 'string'
	);
}

type ReadableStorage = Pick<Storage, 'getItem'>;
type WritableStorage = Pick<Storage, 'setItem'>;

export function emptyProgress(): Progress {
	return { version: 1, quizzes: {} };
}

/** Parses stored text, keeping every valid quiz record and dropping the rest. */
export function parseProgress(text: string | null): Progress {
	if (!text) return emptyProgress();
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return emptyProgress();
	}
	if (!isRecord(raw) || raw.version !== 1 || !isRecord(raw.quizzes)) return emptyProgress();
	const quizzes: Record<string, QuizRecord> = {};
	for (const [id, record] of Object.entries(raw.quizzes)) {
		// Own keys such as "__proto__" from JSON.parse must not reach an object literal's prototype.
		if (id !== '__proto__' && isQuizRecord(record)) {
			const { best, total, attempts, key, updated } = record;
			quizzes[id] = { best, total, attempts, key, updated };
		}
	}
	return { version: 1, quizzes };
}

export function loadProgress(storage: ReadableStorage | undefined): Progress {
	try {
		return parseProgress(storage?.getItem(PROGRESS_KEY) ?? null);
	} catch {
		return emptyProgress();
	}
}

/** Returns false when the browser refused to store (private mode, quota full). */
export function saveProgress(storage: WritableStorage | undefined, progress: Progress): boolean {
	try {
		if (!storage) return false;
		storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
		return true;
	} catch {
		return false;
	}
}

/** The record of one quiz, unless the quiz has changed since it was stored. */
export function quizRecord(progress: Progress, quizId: string, key: string): QuizRecord | undefined {
	const record = progress.quizzes[quizId];
	return record && record.key === key && record.total > 0 ? record : undefined;
}

/** Adds a finished attempt; a changed quiz (different key) starts a fresh record. */
export function recordAttempt(
	progress: Progress,
	attempt: { quizId: string; key: string; score: number; total: number; at: Date }
): Progress {
	const previous = quizRecord(progress, attempt.quizId, attempt.key);
	const record: QuizRecord = {
		best: Math.max(previous?.best ?? 0, attempt.score),
		total: attempt.total,
		attempts: (previous?.attempts ?? 0) + 1,
		key: attempt.key,
		updated: attempt.at.toISOString(),
	};
	return { version: 1, quizzes: { ...progress.quizzes, [attempt.quizId]: record } };
}

/**
 * A short, stable fingerprint of a quiz's answer key (FNV-1a over ids and answers), so stored
 * results are dropped when the questions or answers change.
 */
export function answerKeyFingerprint(questions: readonly { id: string; type: string; answer: string | readonly string[] }[]): string {
	const text = JSON.stringify(questions.map((q) => [q.id, q.type, q.answer]));
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}
