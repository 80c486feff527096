/** An iCalendar (.ics, RFC 5545) file with one all-day event on an assignment's due date. */
import { seedFrom } from './shuffle.ts';

/** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character. */
export function foldIcsLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	for (const char of line) {
		const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
		if (encoder.encode(current + char).length > limit) {
			parts.push(current);
			current = char;
		} else current += char;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replace(/-/g, '');
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function assignmentIcs(event: { title: string; description: string; due: string; url: string; now: Date }): string {
	const stamp = event.now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Ogoh//Assignments//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VEVENT',
		`UID:${seedFrom(event.url).toString(36)}-${compactDate(event.due)}@ogoh`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${compactDate(event.due)}`,
		`DTEND;VALUE=DATE:${compactDate(nextDay(event.due))}`,
		`SUMMARY:${escapeIcsText(event.title)}`,
		`DESCRIPTION:${escapeIcsText(event.description)}`,
		`URL:${event.url}`,
		'END:VEVENT',
		'END:VCALENDAR',
	];
	return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
