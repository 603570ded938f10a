// Auxiliary, modal and copula verb forms of German. Lower case.

/** Finite forms of haben, sein, werden and the modal verbs. */
export const AUXILIARIES = new Set([
  "hat",
  "hatte",
  "hatten",
  "haben",
  "habe",
  "hätte",
  "hätten",
  "ist",
  "war",
  "waren",
  "sind",
  "sei",
  "seien",
  "wäre",
  "wären",
  "wird",
  "wurde",
  "wurden",
  "werden",
  "werde",
  "würde",
  "würden",
  "kann",
  "konnte",
  "könne",
  "könnte",
  "will",
  "wollte",
  "wolle",
  "soll",
  "sollte",
  "solle",
  "muss",
  "musste",
  "müsse",
  "müsste",
  "darf",
  "durfte",
  "dürfe",
]);

/** Finite forms of "haben" that build the perfect: "hat erklärt". */
export const PERFECT_AUXILIARIES = new Set(["hat", "hatte", "hatten", "habe", "haben", "hätte", "hätten"]);

/** Forms of "werden" that build the passive: "wurde kritisiert", "ist … worden". */
export const PASSIVE_AUXILIARIES = new Set(["wird", "wurde", "werden", "wurden", "worden"]);

/** Modal verbs before an infinitive of saying: "Das musste er einräumen". */
export const MODAL_VERBS = new Set([
  "musste",
  "mussten",
  "muss",
  "wollte",
  "wollten",
  "will",
  "konnte",
  "konnten",
  "kann",
  "durfte",
  "mochte",
  "sollte",
]);

/** Forms of "sein" before a participle of a state: "Der Einzug ist geplant" (verbs of saying take "haben"). */
export const STATIVE_AUXILIARIES = new Set(["ist", "sind", "war", "waren", "sei", "seien"]);

/** Forms of "sein" as a copula: "Für den Minister ist die Lage „alarmierend“". */
export const COPULAS = new Set([...STATIVE_AUXILIARIES, "wäre", "wären"]);

/** Modal forms before an infinitive that AUXILIARIES does not list: "möchte erklären", "könnten sagen". */
export const OTHER_MODALS = new Set([
  "möchte",
  "möchten",
  "mag",
  "müssten",
  "könnten",
  "sollten",
  "wollten",
  "dürften",
]);

/** Forms of "stehen" in "geschrieben stand", "steht geschrieben". */
export const STEHEN_FORMS = new Set(["stand", "steht", "stehen", "standen"]);

/** An infinitive with "zu" inside its particle: "mitzuwirken", "zurückzutreten", "zuzugehen". */
export const PARTICLE_ZU_INFINITIVE =
  /^(an|auf|aus|ab|ein|mit|vor|zurück|weg|fest|her|hin|bei|nach|um|weiter|durch|los|zu|zusammen|heraus|hinaus|wieder|dar|entgegen|fort|frei|statt|teil)zu\p{Ll}+en$/u;

/** Konjunktiv II forms used as indicatives: "Er möchte gehen" says what he wants, not what he said. */
export const INDICATIVE_KONJUNKTIV = new Set(["möchte", "möchten", "möchtest", "möchtet"]);

/** Forms of "lassen" that take a bare infinitive: "ließ durchblicken", "hat mitteilen lassen". */
export const LASSEN_FORMS = new Set([
  "lässt",
  "ließ",
  "ließen",
  "lasse",
  "lassen",
  "ließe",
  "lasst",
  "ließt",
]);

/** Bare infinitives that with "lassen" make its subject the speaker of what follows: verbs of saying
 * ("ließ mitteilen", "ließ ausrichten", "ließ verlauten") and of letting something be seen ("ließ
 * durchblicken, dass …", "ließ erkennen, dass …"). Not verbs of thinking: "Das lässt hoffen", "lässt
 * vermuten, dass …" have a thing for subject. Not "erklären" either: "ließ den Vertrag für nichtig erklären" declares, it says
 * nothing. */
export const LASSEN_SAYING_INFINITIVES = new Set([
  "mitteilen",
  "ausrichten",
  "verlauten",
  "verlautbaren",
  "wissen",
  "verkünden",
  "bekanntgeben",
  "übermitteln",
  "dementieren",
  "verbreiten",
  "durchblicken",
  "anklingen",
  "erkennen",
  "durchsickern",
]);
