// The handoff from a frame to speaker resolution: the frame's subject phrase (or the word a source phrase
// names) goes to Discourse, which finds who it is; the cue verb's number tells singular from plural.

import { PERSON_PRONOUNS } from "../german/pronouns.ts";
import { isSpeechOccasion } from "../german/speech-occasions.ts";
import type { Frame } from "./rules/rule.ts";
import type { Discourse, ResolvedSpeaker } from "./speaker.ts";
import { ownerOfWords } from "./subject.ts";
import type { Unit } from "./text.ts";

/** The speaker a frame names, resolved. */
export function frameSpeaker(frame: Frame, unit: Unit, disc: Discourse): ResolvedSpeaker | null {
  if (frame.sourceTok) return disc.resolveWord(frame.sourceTok, unit.index);
  if (!frame.subject) return null;
  // "hieß es bei einer Pressekonferenz von X", "in einer Mitteilung der Partei": the occasion's owner speaks
  const head = frame.subject.head ?? frame.subject.caps.at(-1);
  if (head && !frame.subject.names.length && isSpeechOccasion(head.lower)) {
    const owner = ownerOfWords(frame.subject, unit.toks, disc.lex);
    const r = owner && !owner.pronoun ? disc.resolve(owner, unit.toks, unit.index, null) : null;
    // the words stand in the whole phrase: it stays the mention
    if (r) return { ...r, mention: disc.mentionOf(frame.subject, unit.toks) };
  }
  const cueTok = frame.cue ? unit.toks.find((t) => t.start === frame.cue!.start) : undefined;
  // "sagten sie" is plural, "sagte sie" singular
  const pluralVerb = cueTok ? /(en|ten)$/.test(cueTok.lower) : null;
  return disc.resolve(frame.subject, unit.toks, unit.index, pluralVerb);
}

/** "sagte er" with no antecedent in reach: keep the statement, with the pronoun as the speaker's words. */
export function unresolvedPronoun(frame: Frame, text: string): ResolvedSpeaker | null {
  const p = frame.subject?.pronoun;
  if (!p || !PERSON_PRONOUNS.has(p.lower)) return null;
  return {
    id: null,
    name: p.text,
    type: "UNKNOWN",
    gender: p.lower === "er" ? "m" : "f",
    plural: false,
    mention: { start: p.start, end: p.end, text: text.slice(p.start, p.end) },
    how: "unresolved",
  };
}
