/**
 * Myth-or-fact cards: which of a lesson's `mythsAndFacts` a `<MythOrFact />` shows (all of them, or
 * the one its `id` names), and where a lesson's MDX puts the component, so a translation can be
 * checked to show the same cards at the same place.
 */
import { componentUses, type ComponentUse } from './checkpoints.ts';
import type { MythOrFact } from './schemas.ts';

/** Each `<MythOrFact />` of an MDX body, in order; `value` is its `id` ('' when it shows every card). */
export const mythUses = (body: string): ComponentUse[] => componentUses(body, 'MythOrFact', 'id');

/** "id@section" of each use ("*" for all the cards), to compare a translation with its original. */
export const mythPlaces = (uses: readonly ComponentUse[]): string[] => uses.map((use) => `${use.value || '*'}@${use.section}`);

/**
 * The cards one `<MythOrFact id="…" />` shows: the one with that id, or every card when `id` is
 * empty or left out. Throws with the ids there are when the id names no card (the content check
 * reports it first, as lesson/myth-unknown-id).
 */
export function mythsToShow(cards: readonly MythOrFact[], id?: string): MythOrFact[] {
	if (!id) return [...cards];
	const card = cards.find((c) => c.id === id);
	if (!card) throw new Error(`<MythOrFact id="${id}" />: the lesson has no card "${id}" in mythsAndFacts (its cards: ${cards.map((c) => c.id).join(', ') || 'none'})`);
	return [card];
}
