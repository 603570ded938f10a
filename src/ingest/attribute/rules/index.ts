// The frame rules in the order they are tried; the first that reads a frame of a unit wins. A statement's
// `rule` names the rule that made it (each rule lists what it reports), and the rule sits in the file of
// its family. A new rule is a function (ctx) => Frame | null in its family's file, exported as a FrameRule
// with its name and what it reports, and placed here before the rules it must win over; its table of
// sentences goes to test/unit/ingest/attribute/rules/<family>.test.ts.

import { colonRule } from "./colon-leads.ts";
import { cueAfterRule, dasSagteXRule } from "./cue-after.ts";
import { cueBeforeRule, subordinateRule, wieXSagteRule } from "./cue-before.ts";
import { mitWortenRule, speechNounRule, writtenRule } from "./named-quotations.ts";
import type { FrameRule } from "./rule.ts";
import { sloganRule } from "./slogans.ts";
import { sourceInitialRule, sourceInnerRule } from "./source-phrases.ts";
import { speechActRule } from "./speech-act-labels.ts";
import { speechNounComplementRule } from "./speech-noun-complements.ts";

export const FRAME_RULES: readonly FrameRule[] = [
  // a source phrase that opens the sentence frames all of it: "Nach Angaben des X verliefen …"
  sourceInitialRule,
  // "Das berichtete die Zeitung.": the sentence before
  dasSagteXRule,
  // "Wie die Polizei mitteilte, wurde …"
  wieXSagteRule,
  // "„…“, sagte X.", "…, so X weiter.", "…, wie X sagte."
  cueAfterRule,
  // "Mit den Worten „…“ verabschiedete sich X"
  mitWortenRule,
  // "ein Zettel, auf dem geschrieben stand: „…“"
  writtenRule,
  // "schrieb Witkoff: „…“", "BKA-Präsident Ziercke: „…“", "Er sagte:" before the next sentence
  colonRule,
  // "Merz gab bekannt, Selenskyj sei …"
  cueBeforeRule,
  // "Während X erklärte, aufgeregt zu sein, …", "…, der angab, bedroht worden zu sein"
  subordinateRule,
  // "Lawrow warf den Europäern vor, …", "nannte den Plan „fahrlässig“"
  speechActRule,
  // "fand sich die Feststellung „…“"
  speechNounRule,
  // "die Forderung des Verbands, die Steuern zu senken"
  speechNounComplementRule,
  // "trugen Transparente mit der Aufschrift „…“"
  sloganRule,
  // "Die Gespräche sind laut X konstruktiv verlaufen."
  sourceInnerRule,
];
