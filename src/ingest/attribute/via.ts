// The channel a statement came through, named in its frame: "laut Tass", "der «Bild am Sonntag»", "auf
// der Plattform X".

import { CHANNEL_NOUN, PLATFORMS } from "../german/speech-words.ts";
import type { Token } from "../types.ts";
import type { AttributionLexicon } from "./lexicon.ts";
import { type NP, parseNP } from "./np.ts";

/** Channels named in a frame: "laut Tass", "der «Bild am Sonntag»", "auf der Plattform X", "im Onlinedienst X". */
export function findVia(frameToks: Token[], all: Token[], lex: AttributionLexicon): { name: string } | null {
  // frame tokens are mostly a run of the unit's: their index is found once, not searched per token
  const base = frameToks.length ? all.indexOf(frameToks[0]!) : -1;
  for (let k = 0; k < frameToks.length; k++) {
    const t = frameToks[k]!;
    const idx = base >= 0 && all[base + k] === t ? base + k : all.indexOf(t);
    if (idx < 0) continue;
    if (t.q !== -1) continue;
    if (lex.laut.has(t.lower) || t.lower === "zufolge") {
      let np: NP | null = null;
      if (t.lower === "zufolge") {
        for (let a = Math.max(0, idx - 8); a < idx && !np; a++) {
          const cand = parseNP(all, a, lex);
          if (cand && cand.end === idx) np = cand;
        }
      } else np = parseNP(all, idx + 1, lex);
      const name = np ? channelName(np, all) : null;
      if (name) return { name };
    }
    if (
      (t.lower === "auf" ||
        t.lower === "im" ||
        t.lower === "in" ||
        t.lower === "bei" ||
        t.lower === "über") &&
      all[idx + 1]
    ) {
      const np = parseNP(all, idx + 1, lex);
      // "auf der Plattform X", "im Onlinedienst X" — a medium with its name, not a quoted phrase ("über „…“")
      if (
        np &&
        !np.title &&
        np.names.length > 0 &&
        (np.media || (np.head && CHANNEL_NOUN.test(np.head.text)))
      ) {
        const name = channelName(np, all);
        if (name) return { name };
      }
      const n = all[idx + 1]!;
      if (PLATFORMS.has(n.text)) return { name: n.text };
    }
    // dative addressee: "sagte der Nato-Chef der «Bild am Sonntag»", "sagte er der Zeitung „Welt“"
    if ((t.lower === "der" || t.lower === "dem" || t.lower === "gegenüber") && all[idx + 1]) {
      const np = parseNP(all, t.lower === "gegenüber" ? idx + 1 : idx, lex);
      if (np && (np.title || np.media)) {
        const name = channelName(np, all);
        if (name) return { name };
      }
    }
  }
  return null;
}

/** A channel needs a name: "in sozialen Medien", "laut russischen Nachrichtenagenturen" name none. */
function channelName(np: NP, toks: Token[]): string | null {
  if (np.title || np.names.length) return npName(np, toks);
  if (np.media || np.org || np.role) return null;
  return npName(np, toks);
}

/** The name a phrase gives, without determiner: names if any, else the quoted title, else the head words. */
function npName(np: NP, toks: Token[]): string | null {
  if (np.title) return textOf(toks, np.title.start, np.title.end);
  if (np.names.length) return np.names.map((n) => n.text).join(" ");
  if (np.caps.length) return np.caps.map((n) => n.text).join(" ");
  return null;
}

function textOf(toks: Token[], start: number, end: number): string {
  return toks
    .filter((t) => t.start >= start && t.end <= end)
    .map((t) => t.text)
    .join(" ")
    .replace(/ ([.,;:!?])/g, "$1");
}
