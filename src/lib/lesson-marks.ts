/**
 * A lesson's "I have finished this lesson" mark, read and written without the rest of the progress
 * format (progress.ts), so that a lesson page runs 0.3 KB instead of 1.3 KB. It keeps whatever else
 * is stored as it is; progress.ts, which reads everything, drops what is not valid when it loads.
 * Stored data that progress.ts would not read (not version 1) is replaced, as saving there does.
 */
import { PROGRESS_KEY } from './browser-storage.ts';
import { isRecord } from './data-guards.ts';

type Stored = Record<string, unknown> & { lessons: Record<string, unknown> };

function readStored(storage: Pick<Storage, 'getItem'> | undefined): Stored {
	try {
		const raw: unknown = JSON.parse(String(storage?.getItem(PROGRESS_KEY)));
		if (isRecord(raw) && raw.version === 1 && isRecord(raw.quizzes)) return { ...raw, lessons: isRecord(raw.lessons) ? raw.lessons : {} };
	} catch {
		// Nothing stored ("null"), not JSON, no storage ("undefined") or storage that throws: as if nothing were stored.
	}
	return { version: 1, quizzes: {}, lessons: {}, simulators: {} };
}

/** Whether the lesson is marked as finished in this browser. */
export function isLessonDone(storage: Pick<Storage, 'getItem'> | undefined, slug: string): boolean {
	const record = Object.hasOwn(readStored(storage).lessons, slug) ? readStored(storage).lessons[slug] : undefined;
	return isRecord(record) && typeof record.done === 'string';
}

/** Marks the lesson finished (at `at`) or not; false when the browser cannot save. */
export function markLessonDone(storage: Storage | undefined, slug: string, done: boolean, at: Date): boolean {
	try {
		if (!storage) return false;
		const stored = readStored(storage);
		const lessons = { ...stored.lessons };
		if (done) lessons[slug] = { done: at.toISOString() };
		else delete lessons[slug];
		storage.setItem(PROGRESS_KEY, JSON.stringify({ ...stored, lessons }));
		return true;
	} catch {
		return false;
	}
}
