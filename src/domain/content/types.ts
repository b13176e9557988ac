import type { Locale } from '../../i18n/locale';

/** One text in every language Rapport speaks. Content is written per language, never machine-translated. */
export type LocalisedText = Readonly<Record<Locale, string>>;

/** A piece of trust content with a stable id: the manager's document and the tests refer to it. */
export interface ContentItem<Id extends string = string> {
  readonly id: Id;
  readonly text: LocalisedText;
}

/** A titled piece of content (a practice, a repair step) with a short guidance text. */
export interface GuidedItem<Id extends string = string> {
  readonly id: Id;
  readonly title: LocalisedText;
  readonly guidance: LocalisedText;
}

/** Finds an item by id in a list of content, or undefined. */
export const findById = <T extends { readonly id: string }>(items: readonly T[], id: string): T | undefined =>
  items.find((item) => item.id === id);
