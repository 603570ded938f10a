// Words that say talks were held in parts, not by everyone at one table (Link's meeting sessions):
// "getrennt", "nacheinander", "zunächst … dann", indirect talks through a mediator, and the negations
// "kein direktes Treffen", "ohne dass … zusammentrafen". One list per word class; the regexes Link
// tests sentences with are built here, once. Lower case unless said otherwise.

/** Adverbs and phrases that split the talks of one sentence into parts (whole words). */
export const SEPARATELY_WORDS: readonly string[] = [
  "getrennt",
  "getrennten",
  "separat",
  "separaten",
  "einzeln",
  "nacheinander",
  "jeweils",
  "abwechselnd",
  "indirekt",
  "indirekte",
  "indirekten",
  "in getrennten Runden",
];

/** Phrases that say the talks were held in parts without saying who sat with whom. */
export const CONSTELLATION_PHRASES: readonly string[] = [
  "in wechselnden Konstellationen",
  "in unterschiedlichen Konstellationen",
  "in verschiedenen Konstellationen",
  "in wechselnder Besetzung",
  "Pendeldiplomatie",
];

/** First and later steps of a sequence: "zunächst mit A, dann mit B" splits only when both occur. */
export const SEQUENCE_FIRST: readonly string[] = ["zunächst", "zuerst", "erst"];
export const SEQUENCE_NEXT: readonly string[] = ["dann", "danach", "anschließend", "später", "im Anschluss"];

/** Stems of mediator nouns and verbs: "Vermittler", "unter Vermittlung Katars", "vermittelt von". */
export const MEDIATOR_STEMS: readonly string[] = ["ermittler", "ermittlung", "ermittelt"];

/** Nouns for talks face to face, which "kein direktes …", "ein direktes … nicht" deny. */
export const CONTACT_NOUNS: readonly string[] = [
  "Treffen",
  "Gespräch",
  "Verhandlung",
  "Kontakt",
  "Begegnung",
];
/** Adjectives that make such a noun face to face: "direkt", "persönlich", "gemeinsam". */
export const DIRECT_ADJECTIVES: readonly string[] = ["direkt", "persönlich", "gemeinsam"];
/** Verbs that deny what follows: "Der Kreml dementierte Angaben, wonach es direkte Gespräche gebe". */
export const DENIAL_VERB_STEMS: readonly string[] = ["dementier", "bestritt", "bestreit"];
/** Verbs of meeting that "ohne dass …" denies: "ohne dass die Delegationen zusammentrafen". */
export const MEET_VERB_PARTS: readonly string[] = [
  "zusammen",
  "aufeinander",
  "begegne",
  "getroffen",
  "trafen",
  "traf",
];

const words = (forms: readonly string[]) => forms.map((f) => f.split(" ").join("\\s+")).join("|");
const NOUN = `(?:${CONTACT_NOUNS.join("|")})\\w*`;
const DIRECT = `(?:${DIRECT_ADJECTIVES.join("|")})\\w*`;

const WITHOUT_MEETING = `\\bohne\\s+dass\\b[^.;]*\\b(?:${MEET_VERB_PARTS.join("|")})\\w*`;

/** A sentence whose talks were held in parts ("…, ohne dass die Delegationen zusammentrafen" too). */
export const SEPARATELY = new RegExp(`\\b(?:${words(SEPARATELY_WORDS)})\\b|${WITHOUT_MEETING}`);
export const CONSTELLATIONS = new RegExp(`\\b(?:${words(CONSTELLATION_PHRASES)})\\b`);
export const SEQUENCE = new RegExp(
  `\\b(?:${words(SEQUENCE_FIRST)})\\b[^.;]*?\\b(?:${words(SEQUENCE_NEXT)})\\b`,
);
/** Where each step of a sequence begins ("zunächst", "dann"), global for splitting. */
export const SEQUENCE_STEP = new RegExp(`\\b(?:${words([...SEQUENCE_FIRST, ...SEQUENCE_NEXT])})\\b`, "g");
export const MEDIATOR = new RegExp(`\\b[Vv](?:${MEDIATOR_STEMS.join("|")})\\w*`);

/**
 * A sentence that denies that some sides met face to face: "kein direktes Treffen", "Ein direktes
 * Gespräch … gab es nicht", "Gespräche mit der russischen Seite gab es nicht", "ohne dass … zusammentrafen",
 * "saßen nicht an einem Tisch", "nicht direkt miteinander".
 */
export const NO_CONTACT = new RegExp(
  [
    `\\bkein\\w*\\s+${DIRECT}\\s+${NOUN}`,
    `\\b${DIRECT}\\s+${NOUN}\\b[^.;]*\\b(?:nicht|nie)\\b`,
    `\\b${NOUN}\\s+mit\\b[^.;]*\\b(?:gab es|gebe es|gegeben|fand|fanden|stattgefunden)\\b[^.;]*\\b(?:nicht|keine?)\\b`,
    WITHOUT_MEETING,
    `\\bnicht\\b[^.;]{0,40}\\ban\\s+einem\\s+Tisch\\b`,
    `\\bnicht\\s+${DIRECT}\\b`,
    `\\b(?:${DENIAL_VERB_STEMS.join("|")})\\w*[^.;]*\\b${DIRECT}\\s+${NOUN}`,
  ].join("|"),
);
