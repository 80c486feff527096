declare namespace App {
	interface Locals {
		/** Set by a lesson page so that `<HelpBlock />` in its MDX shows that topic's helplines. */
		lessonTopic?: import('./lib/schemas.ts').Topic;
		/** Set by a lesson page so that `<Checkpoint question="…" />` in its MDX shows a question of the lesson's quiz. */
		lessonQuiz?: { slug: string; questions: import('./lib/schemas.ts').Question[] };
		/** Set by a lesson page so that `<MythOrFact />` in its MDX shows the lesson's myth-or-fact cards. */
		lessonMyths?: import('./lib/schemas.ts').MythOrFact[];
		/** Set by a lesson page so that `<NormGuess id="…" />` shows one of its polls, with its sources, on its slug's key; `teacher` adds the class tally. */
		lessonNorms?: { polls: import('./lib/schemas.ts').NormGuess[]; sources: import('./lib/schemas.ts').Source[]; teacher: boolean };
	}
}

declare namespace StarlightApp {
	// Types `Astro.locals.t('ogoh.…')` with the keys of our English UI strings.
	type UIStrings = typeof import('./content/i18n/en.json');
	interface I18n extends UIStrings {}
}
