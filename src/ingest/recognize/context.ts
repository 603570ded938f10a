// What the recognizer's steps share about one article: its words, which of them sit in a credit, the
// mentions and role words found so far, the people and bodies discovered and their affiliations. Each
// step (match-lexicon, roles, discover, affiliate) reads and adds to it in the order recognize.ts runs them.

import type { Lexicon, LexRole } from "../lexicon/types.ts";
import type { Affiliation, ArticleMeta, EntityType, Mention, OrganizationKind, Segmented } from "../types.ts";
import { creditWords } from "./credits.ts";
import { words as splitWords, type Word } from "./words.ts";

export interface RoleWord {
  role: LexRole;
  /** Organization from the word itself: the noun's own body or its compound prefix. */
  orgId: string | null;
  /** Person named by the compound prefix ("Putinberater"). */
  prefixPersonId: string | null;
  /** Head noun of the kind of body the role serves, when nothing names the body itself ("gericht"). */
  bodyType?: string | null;
  /** A capitalized prefix that named nothing known ("Kiel" in "Kiel-Keeper"): maybe a word of the body's
   *  name the article writes in full ("THW Kiel"). */
  prefixName?: string | null;
}

export interface Found {
  mention: Mention;
  /** Word indices [first, last]. */
  first: number;
  last: number;
  /** The name covers only part of a hyphenated word. */
  partial: boolean;
}

export interface DiscoveredPerson {
  name: string;
  aliases: Set<string>;
  rule: string;
}

export interface DiscoveredBody {
  name: string;
  kind: OrganizationKind;
  /** The place a body named by its seat sits in ("Landgericht Hamburg" → hamburg). */
  seatId?: string;
  /** Other forms the text writes its name in ("der Jungen Union" for "Junge Union"). */
  forms?: string[];
  /** Country its name's nationality adjective gives ("Deutsche Bundesbank" → deutschland). */
  countryId?: string;
  /** The news pattern that introduced it as a body (introduced-bodies.ts). */
  introduced?: Introduced;
}

/** "der Konzern X", "X AG", "Chef von X": how a name the lexicon lacks was introduced as a body. */
export type Introduced = "class-noun" | "legal-form" | "employer" | "role-prefix";

export interface Context {
  readonly lex: Lexicon;
  readonly text: string;
  /** The article's outlet, URL and dateline: the country a text written there takes for granted. */
  readonly meta: Pick<ArticleMeta, "source" | "url" | "dateline">;
  readonly w: Word[];
  /** First UTF-16 code unit of each word: scans that need a capital or a particular word test this compact
   *  array before touching the word objects (on a loaded host each pass over them costs a cache miss). */
  readonly initials: Uint16Array;
  readonly inCredit: boolean[];
  /** Mention starting at word i. */
  readonly at: Map<number, Found>;
  /** Mention covering word i. */
  readonly cover: WordIndex<Found>;
  readonly roleAt: Map<number, RoleWord>;
  readonly discovered: Map<string, DiscoveredPerson>;
  readonly discoveredOrgs: Map<string, DiscoveredBody>;
  readonly affiliations: Map<string, Affiliation[]>;
  /** Every word text of the article, made when discovery first asks. */
  wordsSeen: Set<string> | null;
  /** Words written right after a given name, made when a role prefix first asks (roles.ts). */
  surnames?: Set<string>;
}

export function createContext(doc: Segmented, lex: Lexicon): Context {
  const text = doc.article.text;
  const w = splitWords(doc);
  const initials = new Uint16Array(w.length);
  for (let i = 0; i < w.length; i++) initials[i] = w[i]!.text.charCodeAt(0);
  return {
    lex,
    text,
    meta: doc.article.meta,
    w,
    initials,
    inCredit: creditWords(w, text),
    at: new Map(),
    cover: new WordIndex<Found>(w.length),
    roleAt: new Map(),
    discovered: new Map(),
    discoveredOrgs: new Map(),
    affiliations: new Map(),
    wordsSeen: null,
  };
}

/**
 * Something per word index, as a Map would hold it (has/get/set) but in an array: the recognizer
 * asks it for nearly every word, many times over.
 */
export class WordIndex<T> {
  private readonly items: Array<T | undefined>;
  constructor(size: number) {
    this.items = new Array<T | undefined>(size).fill(undefined);
  }
  has(i: number): boolean {
    return i >= 0 && i < this.items.length && this.items[i] !== undefined;
  }
  get(i: number): T | undefined {
    return i >= 0 && i < this.items.length ? this.items[i] : undefined;
  }
  set(i: number, value: T): void {
    this.items[i] = value;
  }
  delete(i: number): void {
    if (i >= 0 && i < this.items.length) this.items[i] = undefined;
  }
}

/** Records a mention over words [first, last] unless one of them is taken; true when recorded. */
export function addMention(
  ctx: Context,
  first: number,
  last: number,
  entityId: string,
  type: EntityType,
  rule: string,
  partial = false,
): boolean {
  for (let k = first; k <= last; k++) if (ctx.cover.has(k)) return false;
  const a = ctx.w[first]!;
  const b = ctx.w[last]!;
  const start = partial ? a.parts[0]!.start : a.start;
  const end = partial ? a.parts[0]!.end : b.end;
  const f: Found = {
    mention: { text: ctx.text.slice(start, end), start, end, entityId, type, rule },
    first,
    last,
    partial,
  };
  ctx.at.set(first, f);
  for (let k = first; k <= last; k++) ctx.cover.set(k, f);
  return true;
}

/** Gaps between words: blanks only, or blanks and line breaks. */
export const BLANKS = /^[ \t]+$/;
export const BLANKS_OR_NEWLINES = /^[ \t\n]+$/;

/** Whether the text between words a and b matches `allow`. */
export function space(ctx: Context, a: number, b: number, allow: RegExp = BLANKS_OR_NEWLINES): boolean {
  const x = ctx.w[a];
  const y = ctx.w[b];
  if (!x || !y) return false;
  // the two common cases without cutting the gap out of the text
  if (allow === BLANKS || allow === BLANKS_OR_NEWLINES) {
    if (x.end >= y.start) return false;
    for (let k = x.end; k < y.start; k++) {
      const c = ctx.text.charCodeAt(k);
      if (c !== 32 && c !== 9 && (c !== 10 || allow === BLANKS)) return false;
    }
    return true;
  }
  return allow.test(ctx.text.slice(x.end, y.start));
}

/** The country a nationality adjective names ("russische", "US-amerikanischen"), or null. */
export function adjectiveCountry(lex: Lexicon, word: Word): string | null {
  // lower-case adjectives; capitalized only at a sentence start or as "Russischer Unterhändler" headline
  if (!word.parts.length) return lex.adjectives.get(word.lower) ?? null;
  return lex.adjectives.get(word.parts[word.parts.length - 1]!.text.toLowerCase()) ?? null;
}

const firstChars = new WeakMap<object, Uint8Array>();

/**
 * 1 for each UTF-16 code unit that begins some key of a word list (cached per list): a scan tests a word's
 * entry in ctx.initials against it before looking the word up, and most words fail there.
 */
export function firstCharsOf(list: { keys(): Iterable<string> }): Uint8Array {
  let set = firstChars.get(list);
  if (!set) {
    set = new Uint8Array(0x10000);
    for (const key of list.keys()) if (key.length) set[key.charCodeAt(0)] = 1;
    firstChars.set(list, set);
  }
  return set;
}

/** Whether a word beginning with this code unit may be capitalized: any non-ASCII one may, an ASCII one only
 *  when it is A–Z (exactly Word.upper and \p{Lu} for ASCII). */
export function mayBeUpper(code: number): boolean {
  return code >= 128 || (code >= 65 && code <= 90);
}

export function isNameWord(w: Word): boolean {
  // Capitalized with lower case after it (Hnatow, McCain, Jean-Luc, Støre), never ALL CAPS (credits)
  return /^\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*$/u.test(w.text) && !/^\p{Lu}{2,}/u.test(w.text);
}
