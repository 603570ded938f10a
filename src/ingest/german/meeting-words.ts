// Words that make a sentence talk about a meeting, and words that say who took part in one (Link's
// meeting finder). One list per word class; the two regexes Link tests every sentence with are built
// from the lists here, in one place: a sentence is tested once per cue, and one regex over the whole
// sentence is faster than looking each form up word by word. Lower case unless said otherwise; `\b`
// is JavaScript's ASCII word boundary, as it always was for these cues.

/** "hier in Berlin": the speaker is at the place (a weak meeting cue on its own, see Link). */
export const HERE_IN = "hier in";

/**
 * Word parts of meeting nouns and verbs, found anywhere in a word with either case of the first letter:
 * "Gespräche", "Ukraine-Gespräche", "Verhandlungen", "verhandelt", "Gipfeltreffen", "sich treffen".
 */
export const MEETING_WORD_PARTS: readonly string[] = [
  "Gespräch",
  "Unterredung",
  "Verhandl",
  "Verhandel",
  "Treffen",
  "Gipfel",
  "Konferenz",
  "Beratungen",
];

/** Finite forms of "treffen" (whole words): "trafen sich", "trifft". */
export const TREFFEN_FORMS: readonly string[] = ["traf", "trafen", "trifft"];

/** Parts of participles and "zusammen-" verbs that say a meeting happened: "getroffen", "zusammengekommen", "zusammenkommen". */
export const MEETING_VERB_PARTS: readonly string[] = ["getroffen", "zusammenge", "zusammenk"];

/** Forms of "kommen" whose particle "zusammen" closes the clause: "kamen … zusammen" (up to 60 characters apart). */
export const KOMMEN_FORMS: readonly string[] = ["kamen", "kommen", "kam", "kommt"];

/** Forms of "nehmen" whose particle "teil" follows later in the sentence: "nahmen … teil". */
export const NEHMEN_FORMS: readonly string[] = ["nahm", "nahmen", "nehmen"];

/** Word groups (any white space between the words) that place someone at talks. */
export const PARTICIPATION_PHRASES: readonly string[] = [
  HERE_IN,
  "kommt zu",
  "kam zu",
  "kamen zu",
  "treffen sich",
];

/** Verb forms (whole words) that say who took part, besides TREFFEN_FORMS. */
export const PARTICIPATION_VERBS: readonly string[] = [
  "teilgenommen",
  "teilnehmen",
  "teilnimmt",
  "beteiligt",
  "anwesend",
  "vertreten",
  "zusammengekommen",
  "zusammenkommen",
  "getroffen",
  "verhandeln",
  "verhandelten",
  "geflogen",
  "gereist",
  "angereist",
];

const either = (part: string) => `[${part[0]!.toUpperCase()}${part[0]!.toLowerCase()}]${part.slice(1)}`;
const anyOf = (forms: readonly string[]) => `(?:${forms.join("|")})`;
const KOMMEN_ZUSAMMEN = `\\b${anyOf(KOMMEN_FORMS)}\\b[^.]{0,60}\\bzusammen\\b`;

/** A sentence that talks about a meeting. No leading `\b` before the word parts: they sit inside compounds. */
export const MEETING_CUE = new RegExp(
  [
    `\\b${HERE_IN}\\b`,
    ...MEETING_WORD_PARTS.map(either),
    `\\b${anyOf(TREFFEN_FORMS)}\\b`,
    ...MEETING_VERB_PARTS,
    KOMMEN_ZUSAMMEN,
  ].join("|"),
);

/** "hier in", everywhere in a sentence: what is left without it decides whether the cue was only that. */
export const HERE_IN_ALL = new RegExp(`\\b${HERE_IN}\\b`, "g");

/**
 * A sentence that says who took part; `exec` finds the verb (the first cue) that separates the subject
 * from the others. A sentence that only names talks ("über die Ergebnisse der Gespräche in Berlin
 * sprechen") dates the meeting but says nothing about its participants.
 */
export const PARTICIPATION_CUE = new RegExp(
  `\\b${anyOf([
    ...PARTICIPATION_PHRASES.map((p) => p.split(" ").join("\\s+")),
    ...PARTICIPATION_VERBS,
    ...TREFFEN_FORMS,
    `${anyOf(NEHMEN_FORMS)}\\b[^.]*\\bteil`,
    KOMMEN_ZUSAMMEN,
  ])}\\b`,
);
