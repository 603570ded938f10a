// How the explorer names an article wherever it lists one (a statement card's outlet, a meeting's
// "Reported in", the provenance heading, a graph node). Some articles have no title, or no outlet
// (a page saved without its header): then the article is named by what it does have, its outlet and
// day, or its first words, never by a bare "Untitled article". Pure, so unit tests cover it.

export interface ArticleFacts {
  title?: string | null;
  /** The main outlet or agency. */
  source?: string | null;
  /** Every outlet and agency the article names (DIE ZEIT, dpa, AFP); the first is the main one. */
  sources?: readonly string[] | null;
  publishedAt?: string | null;
}

/** The outlet an article came from: its main source, else the first agency it names, else null. */
export function outletOf(a: ArticleFacts | null | undefined): string | null {
  const outlet = a?.source?.trim() || a?.sources?.find((s) => s.trim())?.trim();
  return outlet || null;
}

/** Outlet and day, as far as the article gives them ("dpa, 2025-12-21"), or null when it gives neither. */
export function outletAndDay(a: ArticleFacts | null | undefined): string | null {
  const parts = [outletOf(a), a?.publishedAt?.slice(0, 10)].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : null;
}

/** Longest lead shown for an untitled article, in characters. */
export const LEAD_CHARS = 90;

/**
 * The first words of an article: its first non-empty line, cut at a word boundary within `max`
 * characters, with "…" when something was cut.
 */
export function leadWords(text: string, max = LEAD_CHARS): string {
  const line =
    text
      .split("\n")
      .map((l) => l.replace(/\s+/g, " ").trim())
      .find((l) => l.length > 0) ?? "";
  if (line.length <= max) return line;
  const cut = line.slice(0, max + 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:–-]+$/, "")}…`;
}

/**
 * A name for an article: its title; without one its first words (when the text is at hand), else its
 * outlet and day, else "an article without title, outlet or date".
 */
export function articleName(a: ArticleFacts | null | undefined, text?: string | null): string {
  const title = a?.title?.trim();
  if (title) return title;
  const lead = text ? leadWords(text) : "";
  if (lead) return `„${lead}“`;
  const known = outletAndDay(a);
  return known ? `Article (${known})` : "An article without title, outlet or date";
}
