// Credit lines and photographer credits ("Foto: …", "Michael Kappeler/dpa"): the words inside them are
// marked once, and no step of the recognizer finds a name, a role or a body there.

import { creditZones, type Word } from "./words.ts";

/** For each word: does it sit in a credit zone of the text? */
export function creditWords(w: Word[], text: string): boolean[] {
  return markCredits(w, creditZones(text));
}

function markCredits(w: Word[], zones: Array<{ start: number; end: number }>): boolean[] {
  const out = new Array<boolean>(w.length).fill(false);
  let z = 0;
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!;
    while (z < zones.length && zones[z]!.end <= word.start) z++;
    // zones may overlap; check the few that start before this word
    for (let k = z; k < zones.length && zones[k]!.start < word.end; k++)
      if (zones[k]!.end > word.start) {
        out[i] = true;
        break;
      }
  }
  return out;
}
