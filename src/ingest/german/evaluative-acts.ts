// Speech acts that evaluate or answer something already said rather than report new words: "kritisierte die
// Pläne", "begrüßte den Beschluss", "wies den Vorwurf zurück", "zeigte sich zufrieden". With only a
// nominal object they say what someone thought of a thing, not what they said; they carry a statement only
// with content of their own (a dass/ob clause, an infinitive, a predicate with "als", Konjunktiv, a quote).
// Lemmas as in data/lexicon/cues.yaml.

export const EVALUATIVE_ACTS = new Set([
  "kritisieren",
  "bemängeln",
  "anprangern",
  "schimpfen",
  "begrüßen",
  "würdigen",
  "bedauern",
  "zeigen",
  "äußern",
  "zurückweisen",
  "bestreiten",
  "dementieren",
  "bezweifeln",
]);

/** Words that open content of its own after an evaluating verb: "kritisierte, dass …", "wies den Vorwurf
 * als haltlos zurück", "bezweifelte, ob …". */
export const EVALUATION_CONTENT_WORDS = new Set(["dass", "ob", "als"]);
