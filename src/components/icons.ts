/**
 * The site's own icons: simple line drawings on a 24 px grid, drawn with `currentColor` so that
 * they follow the theme. Inline SVG (OgohIcon.astro), so no icon font and no request.
 */
import type { Topic } from '../lib/schemas.ts';

export const ICONS = {
	/** Drug-use prevention: a capsule. */
	drugs: '<path d="M10.5 20.5a5 5 0 0 1-7-7l10-10a5 5 0 0 1 7 7z"/><path d="m8.5 8.5 7 7"/>',
	/** Cyber safety: a shield with a tick. */
	cyber: '<path d="M12 3 4.5 6v5.5c0 4.6 3.2 8.4 7.5 9.5 4.3-1.1 7.5-4.9 7.5-9.5V6z"/><path d="m8.8 12 2.2 2.2 4.2-4.4"/>',
	/** Where to get help: a lifebuoy. */
	help: '<circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="3.5"/><path d="m5.6 5.6 3.9 3.9m5 5 3.9 3.9m-3.9-8.9 3.9-3.9m-12.8 12.8 3.9-3.9"/>',
	/** Teachers: a board on a stand. */
	teachers: '<path d="M3 4h18M4.5 4v10a1 1 0 0 0 1 1h13a1 1 0 0 0 1-1V4M12 15v3m-4.5 3L12 18l4.5 3M8 11l3-3 2 2 3-3"/>',
	/** Students: a graduation cap. */
	students: '<path d="M2.5 9.5 12 5l9.5 4.5L12 14z"/><path d="M6.5 12v4.5c3.3 2 7.7 2 11 0V12M21.5 9.5V15"/>',
	/** Trainers and academies: a rosette. */
	trainers: '<circle cx="12" cy="9" r="6"/><path d="m8.6 13.9-1.6 7.1 5-2.8 5 2.8-1.6-7.1"/>',
	/** Quizzes: a ticked box. */
	quiz: '<rect x="3.5" y="3.5" width="17" height="17" rx="4"/><path d="m8 12.2 2.8 2.8L16.5 9"/>',
	/** Chat simulators: two speech bubbles. */
	chat: '<path d="M3.5 5.5h11v8h-6l-5 4z"/><path d="M17.5 9.5h3v9l-3.5-2.5h-6.5v-2.5"/>',
	search: '<circle cx="10.5" cy="10.5" r="6.5"/><path d="m20 20-4.8-4.8"/>',
	/** Continue where you left off: a play button. */
	play: '<circle cx="12" cy="12" r="9"/><path d="m10 8.5 5.5 3.5-5.5 3.5z"/>',
	languages: '<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c2.4 2.5 3.6 5.5 3.6 9s-1.2 6.5-3.6 9c-2.4-2.5-3.6-5.5-3.6-9S9.6 5.5 12 3z"/>',
	/** The glossary: an open book. */
	book: '<path d="M3.5 5h5.5a3 3 0 0 1 3 3 3 3 0 0 1 3-3h5.5v13H15a3 3 0 0 0-3 3 3 3 0 0 0-3-3H3.5z"/><path d="M12 8v13"/>',
} as const;

export type IconName = keyof typeof ICONS;

/** Each topic's icon (a topic added to TOPICS without one fails `astro check`). */
export const TOPIC_ICONS: Record<Topic, IconName> = { drugs: 'drugs', cyber: 'cyber' };
