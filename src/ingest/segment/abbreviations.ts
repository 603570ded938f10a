// German abbreviations after which a full stop does not end a sentence. Intl.Segmenter (ICU) splits
// after "z." in "z. B." and after "Dr." before a capitalized name; these lists undo that.
import { JAENNER, MONTH_ABBREVIATIONS, MONTHS } from "../german/calendar.ts";
import { ARTICLES } from "../german/determiners.ts";
import { PREPOSITIONS } from "../german/prepositions.ts";

/** Abbreviations written with their final full stop (case-sensitive, as printed). */
export const ABBREVIATIONS = new Set(
  [
    // multi-part, spaced and unspaced: the segmenter sees their last word
    "z. B.",
    "z.B.",
    "u. a.",
    "u.a.",
    "d. h.",
    "d.h.",
    "u. U.",
    "u.U.",
    "v. a.",
    "v.a.",
    "z. T.",
    "z.T.",
    "i. d. R.",
    "o. ä.",
    "o.ä.",
    "s. o.",
    "s. u.",
    "u. Ä.",
    "a. D.",
    "i. R.",
    "v. Chr.",
    "n. Chr.",
    "z. Zt.",
    "u. v. m.",
    "m. E.",
    // single words
    "bzw.",
    "ca.",
    "etc.",
    "usw.",
    "vgl.",
    "evtl.",
    "ggf.",
    "inkl.",
    "exkl.",
    "zzgl.",
    "bspw.",
    "sog.",
    "insb.",
    "bzgl.",
    "eigtl.",
    "ehem.",
    "stellv.",
    "Stellv.",
    "gem.",
    "lt.",
    "allg.",
    "geb.",
    "gest.",
    "verh.",
    "Dr.",
    "Prof.",
    "Dipl.",
    "Ing.",
    "Hr.",
    "Hrn.",
    "Fr.",
    "Nr.",
    "Nrn.",
    "St.",
    "Str.",
    "Abs.",
    "Art.",
    "Bd.",
    "Hrsg.",
    "Kap.",
    "Jh.",
    "Jhd.",
    "Mio.",
    "Mrd.",
    "Tsd.",
    "Std.",
    "Min.",
    "Sek.",
    "Tel.",
    "Abg.",
    "Gen.",
    "Ltn.",
    "Oberstltn.",
    "Sen.",
    "Rep.",
    "Gouv.",
    "Präs.",
    "Vors.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Jr.",
    "Sr.",
    "Inc.",
    "Ltd.",
    "Corp.",
    "Co.",
    "Univ.",
    "Pkt.",
    "Ziff.",
    "Anm.",
    "Jan.",
    "Febr.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Okt.",
    "Nov.",
    "Dez.",
    "Mo.",
    "Di.",
    "Mi.",
    "Do.",
    "Sa.",
    "So.",
    "vs.",
    "bzw.",
    "Bzw.",
    "Vgl.",
    "Ca.",
    "Z.B.",
    "Z. B.",
    "U. a.",
    "D. h.",
    "e. V.",
    "e.V.",
    "a. M.",
    "i. Br.",
    "i. OB",
    "a. d.",
    "i. A.",
    "engl.",
    "franz.",
    "ital.",
    "span.",
    "russ.",
    "ukr.",
    "lat.",
    "griech.",
    "Bez.",
    "Lkr.",
  ].map((a) => a),
);

interface Piece {
  prefix: string;
  suffix: string;
}

/** For each space-free piece ("z.", "B."): where it can sit inside an abbreviation. */
const PIECES = new Map<string, Piece[]>();
for (const a of ABBREVIATIONS) {
  const parts = a.split(" ");
  parts.forEach((p, i) => {
    const list = PIECES.get(p) ?? [];
    list.push({ prefix: parts.slice(0, i + 1).join(" "), suffix: parts.slice(i + 1).join(" ") });
    PIECES.set(p, list);
  });
}

/** Words after which a number with a full stop is an ordinal ("am 18. Dezember", "der 2. Weltkrieg"). */
export const ORDINAL_CONTEXT = new Set([
  "am",
  "vom",
  "zum",
  "im",
  "beim",
  "bis",
  "ab",
  "seit",
  "den",
  "der",
  "die",
  "das",
  "dem",
  "des",
  "Der",
  "Die",
  "Das",
  "Am",
  "Vom",
  "Zum",
  "Im",
  "Seit",
  "Ab",
  "Bis",
  "ihrem",
  "ihren",
  "seinem",
  "seinen",
  "zur",
  "Zur",
  "jeden",
  "jedem",
  "ein",
  "einem",
  "einen",
  "einer",
  "eines",
  "ihr",
  "sein",
  "seine",
  "ihre",
  "und",
  "oder",
  "bzw.",
]);

/** Words before a number that make it a count rather than an ordinal ("stieg auf 18."). */
export const CARDINAL_CONTEXT = new Set(
  "auf bei um von über unter mit bis zu rund etwa fast knapp insgesamt nur noch nun sogar mindestens höchstens ca. circa gegen je plus minus mal durch".split(
    " ",
  ),
);

export function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word);
}

const capitalized = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** A month's name or printed abbreviation at the start of the text after a break ("am 18. | Dezember"). */
export const MONTH_WORDS = new RegExp(
  `^(?:${[...MONTHS, JAENNER].map(capitalized).join("|")}|${Object.keys(MONTH_ABBREVIATIONS)
    .map((a) => `${capitalized(a)}\\.`)
    .join("|")})`,
);

/**
 * True when the segmenter's break between `before` (trailing space removed) and `after` falls inside
 * or right after an abbreviation ("z. | B.", "Dr. | Müller") or after an initial ("J. | Smith").
 */
export function isAbbreviationBreak(before: string, after: string): boolean {
  const sp = before.lastIndexOf(" ");
  const lastWord = before.slice(sp + 1).replace(/^[(„“"«»‚‘[]+/, "");
  for (const p of PIECES.get(lastWord) ?? []) {
    if (before.endsWith(p.prefix) && (p.suffix === "" || after.startsWith(p.suffix))) return true;
  }
  // An initial inside a name ("Donald J. Trump", "J. R. R. Tolkien"), but not a one-letter name at
  // the end of a sentence ("auf der Plattform X. Dmitrijew teilte …"): the initial must follow a first
  // name (a capitalized word not introduced by an article) or another initial, and the next word
  // must not be one that typically opens a sentence.
  if (!/^(?:\p{Lu}\.)+$/u.test(lastWord)) return false;
  const next = after.match(/^(\p{Lu}[\p{L}-]*)/u)?.[1];
  if (!next || SENTENCE_OPENERS.has(next)) return false;
  const words = before.slice(0, sp).trimEnd().split(" ");
  const prev = words[words.length - 1] ?? "";
  const prev2 = words[words.length - 2] ?? "";
  if (prev === "" || /^\p{Lu}\.$/u.test(prev)) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(prev) && !BEFORE_NOUN.has(prev2);
}

/** A capitalized word after one of these is a noun, not a first name ("der Plattform X."). */
const BEFORE_NOUN = new Set([...ARTICLES, ...PREPOSITIONS]);

/** Capitalized words that usually open a German sentence rather than continue a name. */
const SENTENCE_OPENERS = new Set(
  "Der Die Das Den Dem Des Ein Eine Einem Einen Er Sie Es Wir Ich Ihr Man Viel Viele Auch Doch Aber Dabei Zudem Damit Dann Dies Diese Dieser Dieses Nun Jetzt Später Zugleich Dennoch Mit Bei Für Über Vor Seit Nach Wie Was Wer Wo Wann Warum So Am Im In Auf Aus Als Zuvor Zuletzt Inzwischen Unterdessen Bereits Schon Noch Nur Trotzdem Allerdings Deshalb Daher Außerdem Zwar Laut Demnach Hier Dort Heute Gestern Morgen".split(
    " ",
  ),
);
