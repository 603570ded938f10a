// Read: whether a text is still an HTML page. Its own module without the HTML reader's dependencies, so
// that the GraphQL schema can decide this for markup handed over in memory without loading Readability.

// Tags of a page, never of article text.
const MARKUP = /<(?:!doctype|html|body|article|p|div|h[1-6]|br|span|main|section)\b[^>]*>/i;

/** The text is HTML markup (a page's tags in its first 5000 characters), not article text. */
export function isMarkup(text: string): boolean {
  return MARKUP.test(text.slice(0, 5000));
}
