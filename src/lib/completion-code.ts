/**
 * Completion codes: shown to a trainee when every assigned item is done on their device, and
 * checked offline by the trainer on the "check a code" page. A code is a random part plus a
 * checksum of (assignment, random part), so a mistyped or edited code is rejected. There is no
 * secret in a static site: a code proves completion on a device, not who the person is, and the
 * pages say so.
 */
import { seedFrom } from './shuffle.ts';

/** Crockford's base 32: no I, L, O or U, so codes are easy to read aloud and type. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function toBase32(value: number, length: number): string {
	let out = '';
	for (let i = 0; i < length; i++) {
		out = ALPHABET[value & 31] + out;
		value >>>= 5;
	}
	return out;
}

function checksum(encodedAssignment: string, nonce: string): string {
	return toBase32(seedFrom(`ogoh-completion|${encodedAssignment}|${nonce}`) >>> 12, 4);
}

/** A code like "7K2M-QX9D" for this assignment; `random` is a 20-bit number. */
export function completionCode(encodedAssignment: string, random: number): string {
	const nonce = toBase32(random & 0xfffff, 4);
	return `${nonce}-${checksum(encodedAssignment, nonce)}`;
}

/** Reads a typed code leniently (case, spaces, dashes, O for 0, I/L for 1). */
export function normalizeCode(typed: string): string {
	return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function isValidCompletionCode(encodedAssignment: string, typed: string): boolean {
	const code = normalizeCode(typed);
	if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(code)) return false;
	return checksum(encodedAssignment, code.slice(0, 4)) === code.slice(4);
}
