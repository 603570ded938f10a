// Lexicon matching: names of people, organizations and places as written or inflected (Putins,
// Witkoffs), "russische Seite" as the country, topics in their inflected forms, and compounds whose first
// part names a body or place ("Ukraine-Krieg", "EU-Staaten"). Names are looked up by their first word.

import type { NameForm } from "../lexicon/types.ts";
import { addMention, adjectiveCountry, type Context, firstCharsOf } from "./context.ts";

/** Longest name starting at each word; names never span punctuation and never sit in a credit. */
export function matchNames(ctx: Context, index: Map<string, NameForm[]>): void {
  const w = ctx.w;
  // (the lexicon's index only: the per-article index of discovered names is small and short-lived)
  const firsts = index === ctx.lex.names ? firstCharsOf(index) : null;
  for (let i = 0; i < w.length; i++) {
    if (ctx.cover.has(i) || ctx.inCredit[i]) continue;
    // most words cannot start a name: their first letter starts no name of the index
    if (firsts && firsts[ctx.initials[i]!] !== 1) continue;
    const forms = index.get(w[i]!.text);
    if (!forms) continue;
    let best: { n: number; form: NameForm } | null = null;
    for (const form of forms) {
      const n = form.words.length;
      if (best && n <= best.n) continue;
      if (i + n > w.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        // an initial in the name ("George W. Bush") is the word "W" followed by ". "
        const initial = form.words[k - 1]!.endsWith(".");
        ok =
          w[i + k]!.text === form.words[k]!.replace(/\.$/, "") &&
          (initial ? /^\.[ \t]+$/ : /^[ \t]+$/).test(ctx.text.slice(w[i + k - 1]!.end, w[i + k]!.start));
      }
      if (!ok) continue;
      if (form.context && !(i > 0 && form.context.has(w[i - 1]!.text))) continue;
      best = { n, form };
    }
    if (best) {
      addMention(ctx, i, i + best.n - 1, best.form.entityId, best.form.type, best.form.rule);
      i += best.n - 1;
    }
  }
}

/** "russische Seite", "der ukrainischen Delegation", "US-Seite" → the country (heads: nouns.yaml). */
export function matchSides(ctx: Context): void {
  const w = ctx.w;
  const lex = ctx.lex;
  const sideHeads = lex.sideHeads;
  const sideFirsts = firstCharsOf(sideHeads);
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!;
    if (ctx.cover.has(i) || ctx.inCredit[i]) continue;
    if (word.parts.length === 2 && sideHeads.has(word.parts[1]!.text)) {
      const p = lex.prefixes.get(word.parts[0]!.text.toLowerCase());
      if (p && p.type === "ORGANIZATION" && lex.organizations.get(p.id)?.kind === "COUNTRY")
        addMention(ctx, i, i, p.id, "ORGANIZATION", "lexicon-prefix+side");
      continue;
    }
    // the adjective counts only before a side noun: the next word's initial rules out most words first
    const next = w[i + 1];
    if (!next || sideFirsts[ctx.initials[i + 1]!] !== 1) continue;
    const country = adjectiveCountry(lex, word);
    if (country && sideHeads.has(next.text) && /^\s+$/.test(ctx.text.slice(word.end, next.start)))
      addMention(ctx, i, i + 1, country, "ORGANIZATION", "lexicon-adjective+side");
  }
}

export function matchTopics(ctx: Context): void {
  const w = ctx.w;
  const firsts = firstCharsOf(ctx.lex.topicNames);
  for (let i = 0; i < w.length; i++) {
    if (ctx.cover.has(i)) continue;
    const lower = w[i]!.lower;
    if (firsts[lower.charCodeAt(0)] !== 1) continue;
    const forms = ctx.lex.topicNames.get(lower);
    if (!forms) continue;
    let best: { n: number; id: string; rule: string } | null = null;
    for (const form of forms) {
      const n = form.words.length;
      if ((best && n <= best.n) || i + n > w.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = w[i + k]!.lower === form.words[k];
      if (ok) best = { n, id: form.entityId, rule: form.rule };
    }
    if (best) {
      addMention(ctx, i, i + best.n - 1, best.id, "TOPIC", best.rule);
      i += best.n - 1;
    }
  }
}

/** "Ukraine-Krieg", "EU-Staaten", "NATO-Vertrags": the first part names an organization or place. */
export function matchCompoundParts(ctx: Context): void {
  const w = ctx.w;
  for (let i = 0; i < w.length; i++) {
    const word = w[i]!;
    if (!word.parts.length || ctx.cover.has(i) || ctx.roleAt.has(i) || ctx.inCredit[i]) continue;
    const first = word.parts[0]!.text;
    const forms = ctx.lex.names.get(first)?.filter((f) => f.words.length === 1 && f.type !== "PERSON");
    const form = forms?.[0];
    if (form && !form.context) addMention(ctx, i, i, form.entityId, form.type, "lexicon-compound", true);
  }
}
