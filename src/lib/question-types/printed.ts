/**
 * How a question is printed on paper (worksheet) and named in the answer key and in classroom
 * mode: every option, item and right-hand side of a pair has a fixed letter in the page's language.
 * Each question type makes its printed form (`printed` in its module); see print-sheet.ts.
 */
import { seedFrom } from '../shuffle.ts';

export interface PrintedOption {
	id: string;
	letter: string;
	text: string;
	/** A right answer (never true for scenarios, which have none). */
	right: boolean;
}

/** An option of a choice question: also what the answer key and the classroom reveal say of choosing it. */
export interface PrintedChoiceOption extends PrintedOption {
	feedback: string;
}

export interface PrintedPair {
	id: string;
	number: number;
	left: string;
	/** The letter of the right-hand item that belongs to this left item. */
	answer: string;
}

export interface PrintedStep {
	id: string;
	letter: string;
	text: string;
	/** The position (1-based) of this step in the right order. */
	position: number;
}

/** Plain text, or a region with its letter and its index in message order (0-based). */
export interface PrintedPiece {
	text: string;
	region?: { letter: string; index: number };
}

/** A hotspot's message: its parts cut into plain text and lettered regions. */
export interface PrintedMessage {
	kind: string;
	sender: PrintedPiece[];
	text: PrintedPiece[];
}

export type PrintedQuestion =
	| { kind: 'choice'; multiple: boolean; graded: boolean; options: PrintedChoiceOption[]; message?: PrintedMessage }
	| { kind: 'matching'; pairs: PrintedPair[]; rights: { id: string; letter: string; text: string }[] }
	| { kind: 'ordering'; steps: PrintedStep[] }
	| { kind: 'categorize'; groups: { id: string; label: string }[]; items: { id: string; letter: string; text: string; group: string; feedback: string }[] }
	| { kind: 'text'; unit: string | undefined }
	| { kind: 'cloze'; segments: ClozeSegment[]; blanks: PrintedBlank[] };

/** The text around a cloze question's blanks and the blanks' numbers (1-based), in reading order. */
export type ClozeSegment = { text: string } | { blank: number };

/** A blank on paper: its number, its lettered options if it is chosen (none: a line to write on), its answer in words. */
export interface PrintedBlank {
	id: string;
	number: number;
	options: PrintedOption[];
	answer: string;
}

/** Labels of the two options of a true/false question, in the page's language. */
export interface TrueFalseLabels {
	true: string;
	false: string;
}

/** What a type needs to print a question: the seed of its shuffled order, its letters and labels. */
export interface PrintContext {
	seed: number;
	letter: (index: number) => string;
	labels: TrueFalseLabels;
}

/** The seed of a question's printed order; the same for every language of a quiz. */
export function printSeed(quizId: string, questionId: string): number {
	return seedFrom(`print/${quizId}/${questionId}`);
}
