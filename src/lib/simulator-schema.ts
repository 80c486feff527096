/** The chat simulators' schema (content/simulators/<locale>/<id>.yaml); schemas.ts re-exports it. */
import { z } from 'zod';
import { idSchema, text } from './schema-parts.ts';

/** Who a chat message is from: the other person (`them`), the learner (`you`) or the app itself (`system`). */
export const SENDERS = ['them', 'you', 'system'] as const;
/** Cards a message can carry instead of (or beside) its text. */
export const ATTACHMENT_TYPES = ['file', 'photo', 'voice', 'call', 'link'] as const;
/** How a branch ends: a safe exit, or a consequence shown calmly. */
export const OUTCOME_TYPES = ['safe', 'risky'] as const;

const attachmentSchema = z
	.object({
		type: z.enum(ATTACHMENT_TYPES),
		/** What the card shows: a file name, "Voice message", "Incoming call". */
		label: text,
		/** A second line: a size, a duration such as "0:42", "missed". */
		detail: text.optional(),
	})
	.strict();

const messageSchema = z
	.object({
		from: z.enum(SENDERS),
		/** The clock time shown under the bubble, e.g. "18:02". */
		time: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'write the time as HH:MM, e.g. "18:02"').optional(),
		text: text.optional(),
		attachment: attachmentSchema.optional(),
	})
	.strict()
	.refine((message) => message.text !== undefined || message.attachment !== undefined, { message: 'a message needs a text, an attachment or both' });

const choiceSchema = z
	.object({
		id: idSchema,
		/** The button: what the learner does ("Ask for the company's name"). */
		text,
		/** The learner's message shown in the chat after choosing, if the choice is a reply. */
		reply: text.optional(),
		/** The id of the step this choice leads to. */
		next: idSchema,
	})
	.strict();

const outcomeSchema = z.object({ type: z.enum(OUTCOME_TYPES), title: text, text }).strict();

/** A step has the messages that arrive, then either choices for the learner or an outcome that ends the branch. */
const stepSchema = z
	.object({
		id: idSchema,
		messages: z.array(messageSchema).default([]),
		choices: z.array(choiceSchema).min(2, 'give at least two choices, or end the branch with an outcome').optional(),
		outcome: outcomeSchema.optional(),
	})
	.strict()
	.refine((step) => (step.choices === undefined) !== (step.outcome === undefined), {
		message: 'a step has either choices (the conversation goes on) or an outcome (the branch ends), not both or neither',
	});

export const simulatorSchema = z
	.object({
		title: text,
		description: text,
		searchTerms: z.array(text).default([]),
		/** The lessons this simulator practises: each links to it, and the debrief links back to the first. */
		lessons: z.array(idSchema).min(1, 'name the lesson (or lessons) this simulator belongs to'),
		/** The chat's header: the other person's name as the messenger shows it, and a second line ("unknown number"). */
		contact: z.object({ name: text, status: text.optional() }).strict(),
		/** The id of the first step. */
		start: idSchema,
		steps: z.array(stepSchema).min(2, 'a simulator needs a first step and at least one ending'),
		debrief: z
			.object({
				/** The red flags in this conversation, named plainly. */
				redFlags: z.array(text).min(1, 'name at least one red flag'),
				/** One sentence to remember. */
				takeaway: text,
			})
			.strict(),
		order: z.number().int().default(100),
	})
	.strict();
export type Simulator = z.infer<typeof simulatorSchema>;
export type SimulatorStep = Simulator['steps'][number];
