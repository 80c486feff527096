/**
 * The journeys' site: the same code built from tests/fixtures/journey by `npm run build:journey`
 * (one lesson in three languages, a quiz with one question of every type, a course with a pass
 * mark), so a journey's steps do not move when the real curriculum is rewritten, and one bug fails
 * one step. playwright.config.ts serves it on the main port + 50.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { quizSchema, type Quiz } from '../../../src/lib/schemas.ts';

export const JOURNEY_ORIGIN = `http://localhost:${Number(process.env.OGOH_PORT ?? 4321) + 50}`;

export function journeyQuiz(locale: string): Quiz {
	return quizSchema.parse(parse(readFileSync(`tests/fixtures/journey/content/quizzes/${locale}/journey.yaml`, 'utf8')));
}
