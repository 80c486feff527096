declare namespace App {
	interface Locals {
		/** Set by a lesson page so that `<HelpBlock />` in its MDX shows that topic's helplines. */
		lessonTopic?: import('./lib/schemas.ts').Topic;
	}
}

declare namespace StarlightApp {
	// Types `Astro.locals.t('ogoh.…')` with the keys of our English UI strings.
	type UIStrings = typeof import('./content/i18n/en.json');
	interface I18n extends UIStrings {}
}
