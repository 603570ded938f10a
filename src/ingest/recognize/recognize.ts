// Recognize: people, organizations, places and topics from the curated lexicon (through German
// inflection and compounds), people missing from it from role-noun and apposition evidence, and every
// role phrase with the organization its adjective, prefix or complement names.
//
// Everything is word-indexed: one regex pass makes the words, names are looked up by their first word,
// role nouns by their ending — no per-entity scan of the text, so a 5 MB article stays linear.

import { ARTICLES, GENITIVE_PRONOUNS, INDEFINITE_ARTICLES, POSSESSIVES } from "../german/determiners.ts";
import { NAME_ARTICLES, NAME_PARTICLES, NOT_NAME, TITLES } from "../german/names.ts";
import { lexicon } from "../lexicon/lexicon.ts";
import type { Lexicon, LexRole, NameForm } from "../lexicon/types.ts";
import { slug } from "../slug.ts";
import type {
  Affiliation,
  Entity,
  EntityType,
  Mention,
  OrganizationKind,
  Recognition,
  RoleKind,
  RoleMention,
  Segmented,
} from "../types.ts";
import { creditZones, words as splitWords, type Word } from "./words.ts";

/** Words that open a noun phrase before a role noun or a name ("der", "dessen", "seine"). */
const DETERMINERS = new Set([...ARTICLES, ...GENITIVE_PRONOUNS, ...POSSESSIVES]);
/** Gaps between words: blanks only, or blanks and line breaks. */
const BLANKS = /^[ \t]+$/;
const BLANKS_OR_NEWLINES = /^[ \t\n]+$/;
/** Endings of German common nouns; a name word with one of them is not a name. */
const NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|sion|ismus|ität|tät|ment|nis|chen|lein|ei|ie)(?:en|n|s)?$/;
/** Heads that make "russische Seite", "US-Delegation" a mention of the country. */
const SIDE_HEADS = new Set([
  "Seite",
  "Delegation",
  "Regierung",
  "Führung",
  "Staatsführung",
  "Verhandlungsdelegation",
  "Verhandlungsteam",
  "Behörden",
  "Streitkräfte",
  "Armee",
]);
/** Bodies named by their seat: Staatsanwaltschaft Braunschweig, Landgericht Bremen, Universität Utrecht. */
const INSTITUTION_HEAD =
  /(?:staatsanwaltschaft|gericht|gerichtshof|universität|polizei|polizeipräsidium|klinik|klinikum|stadtverwaltung)$/;
/** Nouns that introduce a medium's name: "das Magazin Politico", "die Zeitung «Kommersant»". */
const MEDIA_NOUNS = new Set(
  (
    "Magazin Nachrichtenmagazin Wochenmagazin Zeitung Tageszeitung Wochenzeitung Boulevardzeitung Zeitschrift " +
    "Nachrichtenagentur Agentur Staatsagentur Sender Fernsehsender Nachrichtensender Radiosender Staatssender " +
    "Portal Nachrichtenportal Onlineportal Nachrichtenseite Blatt Boulevardblatt Fachblatt Newsletter"
  )
    .split(" ")
    .flatMap((n) => [n, `${n}s`, `${n}es`, `${n}n`, `${n}en`]),
);
const NOT_ROLE = new Set(["lautsprecher", "fürsprecher", "wortführer", "Anführer".toLowerCase()]);
/** Roles whose "Putin-Berater" / "Berater von Putin" belongs to the person's office, not the country. */
const OFFICE_ROLES = new Set<RoleKind>(["ADVISOR", "SPOKESPERSON"]);

interface RoleWord {
  role: LexRole;
  /** Organization from the word itself: the noun's own body or its compound prefix. */
  orgId: string | null;
  /** Person named by the compound prefix ("Putinberater"). */
  prefixPersonId: string | null;
}

interface Found {
  mention: Mention;
  /** Word indices [first, last]. */
  first: number;
  last: number;
  /** The name covers only part of a hyphenated word. */
  partial: boolean;
}

interface Phrase {
  rm: RoleMention;
  roleWord: number;
  firstWord: number;
  /** Last word of the phrase including its complement ("der Vereinigten Staaten"). */
  lastWord: number;
  /** Where the organization came from, for the affiliation's rule. */
  orgRule: string | null;
  hasDeterminer: boolean;
}

/** `lex` defaults to the curated lexicon; tests pass a smaller one to prove discovery. */
export function recognize(doc: Segmented, lex: Lexicon = lexicon()): Recognition {
  return new Recognizer(doc, lex).run();
}

class Recognizer {
  readonly text: string;
  readonly w: Word[];
  readonly inCredit: boolean[];
  /** Mention starting at word i. */
  readonly at = new Map<number, Found>();
  /** Mention covering word i. */
  readonly cover: WordIndex<Found>;
  readonly roleAt = new Map<number, RoleWord>();
  readonly discovered = new Map<string, { name: string; aliases: Set<string>; rule: string }>();
  readonly discoveredOrgs = new Map<string, { name: string; kind: OrganizationKind }>();
  readonly affiliations = new Map<string, Affiliation[]>();

  constructor(
    readonly doc: Segmented,
    readonly lex: Lexicon,
  ) {
    this.text = doc.article.text;
    this.w = splitWords(doc);
    this.cover = new WordIndex<Found>(this.w.length);
    this.inCredit = markCredits(this.w, creditZones(this.text));
  }

  run(): Recognition {
    this.matchNames(this.lex.names);
    this.matchSides();
    this.matchTopics();
    for (let i = 0; i < this.w.length; i++) {
      const r = this.roleWord(i);
      if (r) this.roleAt.set(i, r);
    }
    this.matchCompoundParts();
    this.discoverPeople();
    this.discoverMedia();
    if (this.discovered.size || this.discoveredOrgs.size) this.matchNames(this.discoveredIndex());
    const phrases = this.phrases();
    this.partyAffiliations();
    return this.result(phrases);
  }

  // --- names -----------------------------------------------------------------------------------------

  private add(
    first: number,
    last: number,
    entityId: string,
    type: EntityType,
    rule: string,
    partial = false,
  ) {
    for (let k = first; k <= last; k++) if (this.cover.has(k)) return false;
    const a = this.w[first]!;
    const b = this.w[last]!;
    const start = partial ? a.parts[0]!.start : a.start;
    const end = partial ? a.parts[0]!.end : b.end;
    const f: Found = {
      mention: { text: this.text.slice(start, end), start, end, entityId, type, rule },
      first,
      last,
      partial,
    };
    this.at.set(first, f);
    for (let k = first; k <= last; k++) this.cover.set(k, f);
    return true;
  }

  /** Longest name starting at each word; names never span punctuation and never sit in a credit. */
  private matchNames(index: Map<string, NameForm[]>) {
    const w = this.w;
    // (the lexicon's index only: the per-article index of discovered names is small and short-lived)
    const firsts = index === this.lex.names ? firstCharsOf(index) : null;
    for (let i = 0; i < w.length; i++) {
      if (this.cover.has(i) || this.inCredit[i]) continue;
      // most words cannot start a name: their first letter starts no name of the index
      if (firsts && firsts[w[i]!.text.charCodeAt(0)] !== 1) continue;
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
            (initial ? /^\.[ \t]+$/ : /^[ \t]+$/).test(this.text.slice(w[i + k - 1]!.end, w[i + k]!.start));
        }
        if (!ok) continue;
        if (form.context && !(i > 0 && form.context.has(w[i - 1]!.text))) continue;
        best = { n, form };
      }
      if (best) {
        this.add(i, i + best.n - 1, best.form.entityId, best.form.type, best.form.rule);
        i += best.n - 1;
      }
    }
  }

  /** "russische Seite", "der ukrainischen Delegation", "US-Seite" → the country. */
  private matchSides() {
    const w = this.w;
    for (let i = 0; i < w.length; i++) {
      const word = w[i]!;
      if (this.cover.has(i) || this.inCredit[i]) continue;
      if (word.parts.length === 2 && SIDE_HEADS.has(word.parts[1]!.text)) {
        const p = this.lex.prefixes.get(word.parts[0]!.text.toLowerCase());
        if (p && p.type === "ORGANIZATION" && this.lex.organizations.get(p.id)?.kind === "COUNTRY")
          this.add(i, i, p.id, "ORGANIZATION", "lexicon-prefix+side");
        continue;
      }
      const country = this.adjectiveCountry(word);
      const next = w[i + 1];
      if (country && next && SIDE_HEADS.has(next.text) && /^\s+$/.test(this.text.slice(word.end, next.start)))
        this.add(i, i + 1, country, "ORGANIZATION", "lexicon-adjective+side");
    }
  }

  private adjectiveCountry(word: Word): string | null {
    // lower-case adjectives; capitalized only at a sentence start or as "Russischer Unterhändler" headline
    if (!word.parts.length) return this.lex.adjectives.get(word.lower) ?? null;
    return this.lex.adjectives.get(word.parts[word.parts.length - 1]!.text.toLowerCase()) ?? null;
  }

  private matchTopics() {
    const w = this.w;
    for (let i = 0; i < w.length; i++) {
      if (this.cover.has(i)) continue;
      const forms = this.lex.topicNames.get(w[i]!.lower);
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
        this.add(i, i + best.n - 1, best.id, "TOPIC", best.rule);
        i += best.n - 1;
      }
    }
  }

  /** "Ukraine-Krieg", "EU-Staaten", "NATO-Vertrags": the first part names an organization or place. */
  private matchCompoundParts() {
    const w = this.w;
    for (let i = 0; i < w.length; i++) {
      const word = w[i]!;
      if (!word.parts.length || this.cover.has(i) || this.roleAt.has(i) || this.inCredit[i]) continue;
      const first = word.parts[0]!.text;
      const forms = this.lex.names.get(first)?.filter((f) => f.words.length === 1 && f.type !== "PERSON");
      const form = forms?.[0];
      if (form && !form.context) this.add(i, i, form.entityId, form.type, "lexicon-compound", true);
    }
  }

  // --- roles -----------------------------------------------------------------------------------------

  roleWord(i: number): RoleWord | null {
    const word = this.w[i]!;
    if (!word.upper || word.text.length < 4) return null;
    const lex = this.lex;
    const lower = word.lower;
    if (NOT_ROLE.has(lower)) return null;
    // (only a hyphenated word changes when its hyphens go)
    const whole =
      lex.roleForms.get(lower) ??
      (word.parts.length ? lex.roleForms.get(lower.replace(/[-‐]/g, "")) : undefined);
    if (whole) return { role: whole, orgId: whole.organizationId, prefixPersonId: null };
    if (word.parts.length) {
      const head = word.parts[word.parts.length - 1]!.text.toLowerCase();
      const role = lex.roleForms.get(head) ?? this.closedHead(head)?.role;
      if (!role) return null;
      const prefix = word.parts
        .slice(0, -1)
        .map((p) => p.text)
        .join("-");
      return this.withPrefix(role, prefix);
    }
    const closed = this.closedHead(lower);
    if (!closed) return null;
    return this.withPrefix(closed.role, word.text.slice(0, word.text.length - closed.form.length));
  }

  private closedHead(lower: string): { role: LexRole; form: string } | null {
    const candidates = this.lex.roleHeadsBySuffix.get(lower.slice(-3));
    if (!candidates) return null;
    for (const [form, role] of candidates) {
      if (form.length > lower.length - 3) continue;
      if (lower.endsWith(form)) return { role, form };
    }
    return null;
  }

  private withPrefix(role: LexRole, prefix: string): RoleWord {
    const p = this.resolvePrefix(prefix);
    if (!p) return { role, orgId: role.organizationId, prefixPersonId: null };
    if (p.type === "PERSON") {
      return { role, orgId: this.personOrg(p.id, role.roleKind), prefixPersonId: p.id };
    }
    if (p.type === "ORGANIZATION") return { role, orgId: p.id, prefixPersonId: null };
    // a place prefix (Moskau-Unterhändler) speaks for the place's country
    return { role, orgId: this.countryOfPlace(p.id), prefixPersonId: null };
  }

  private resolvePrefix(prefix: string): { id: string; type: EntityType } | null {
    const lower = prefix.toLowerCase();
    return (
      this.lex.prefixes.get(lower) ??
      (lower.endsWith("s") ? this.lex.prefixes.get(lower.slice(0, -1)) : undefined) ??
      this.lex.prefixes.get(lower.split("-").pop()!) ??
      this.discoveredPrefix(prefix) ??
      null
    );
  }

  private discoveredPrefix(prefix: string): { id: string; type: EntityType } | null {
    for (const [id, d] of this.discovered) if (d.aliases.has(prefix)) return { id, type: "PERSON" };
    return null;
  }

  private countryOfPlace(id: string): string | null {
    let cur: string | null = id;
    for (let k = 0; cur && k < 8; k++) {
      const t = this.lex.typeOf(cur);
      if (t === "ORGANIZATION") return cur;
      cur = this.lex.places.get(cur)?.locatedIn ?? null;
    }
    return null;
  }

  private personOrg(personId: string, kind: RoleKind): string | null {
    const p = this.lex.people.get(personId);
    if (p) return OFFICE_ROLES.has(kind) ? (p.officeId ?? p.countryId) : (p.countryId ?? p.officeId);
    const aff = this.affiliations.get(personId)?.[0];
    return aff?.organizationId ?? null;
  }

  private orgOfMention(f: Found, kind: RoleKind): string | null {
    const m = f.mention;
    if (m.type === "ORGANIZATION") return m.entityId;
    if (m.type === "PLACE") return this.countryOfPlace(m.entityId);
    if (m.type === "PERSON") return this.personOrg(m.entityId, kind);
    return null;
  }

  private space(a: number, b: number, allow: RegExp = BLANKS_OR_NEWLINES) {
    const x = this.w[a];
    const y = this.w[b];
    if (!x || !y) return false;
    // the two common cases without cutting the gap out of the text
    if (allow === BLANKS || allow === BLANKS_OR_NEWLINES) {
      if (x.end >= y.start) return false;
      for (let k = x.end; k < y.start; k++) {
        const c = this.text.charCodeAt(k);
        if (c !== 32 && c !== 9 && (c !== 10 || allow === BLANKS)) return false;
      }
      return true;
    }
    return allow.test(this.text.slice(x.end, y.start));
  }

  /** Build the phrase around a role word: determiner, adjectives, genitive or complement, name. */
  private phrase(i: number, r: RoleWord): Phrase {
    const w = this.w;
    const sentence = w[i]!.sentence;
    let org = r.orgId;
    // the noun's own body (Bundeskanzler → deutschland) is weaker than a prefix the text wrote (US-)
    let orgRule: string | null = org
      ? org === r.role.organizationId
        ? "role:default"
        : "role:prefix"
      : null;
    let first = i;
    let tentative = i;
    let hasDeterminer = false;
    // backwards: adjectives (russische, außenpolitische), a genitive (Russlands, Trumps), a determiner
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const word = w[j]!;
      if (word.sentence !== sentence || !this.space(j, j + 1)) break;
      const lower = word.lower;
      const country = this.adjectiveCountry(word);
      if (country && !this.cover.has(j)) {
        if (!org) {
          org = country;
          orgRule = "role:adjective";
        }
        first = j;
        continue;
      }
      const f = this.cover.get(j);
      if (f && f.last === j && !f.partial && /(?:s|')$/.test(f.mention.text) && f.mention.type !== "TOPIC") {
        // "Russlands Außenminister", "Trumps Sondergesandter"
        if (!org) {
          org = this.orgOfMention(f, r.role.roleKind);
          orgRule = org ? "role:genitive" : null;
        }
        first = f.first;
        break;
      }
      if (DETERMINERS.has(lower)) {
        first = j;
        hasDeterminer = true;
        break;
      }
      // other adjectives (außenpolitische, hochrangigen) belong to the phrase only up to a determiner;
      // without one the word may as well be a verb ("sagte Kanzler …")
      if (!word.upper && /(?:e|en|er|es|em)$/.test(lower) && lower.length > 3) {
        tentative = j;
        continue;
      }
      break;
    }
    if (!hasDeterminer && tentative < first) {
      // keep only what was certain: the nationality adjective or the genitive
    } else if (hasDeterminer && tentative < first) first = Math.min(first, tentative);
    // forwards: complement "der Vereinigten Staaten", "Russlands", "im Kanzleramt", "von Kremlchef Putin"
    let last = i;
    const next = w[i + 1];
    if (next && next.sentence === sentence && this.space(i, i + 1)) {
      const f = this.at.get(i + 1);
      const genitive = f && !f.partial && f.mention.type !== "PERSON" && /s$/.test(f.mention.text);
      if (f && genitive && f.mention.type !== "TOPIC") {
        if (!org) {
          org = this.orgOfMention(f, r.role.roleKind);
          orgRule = "role:genitive";
        }
        last = f.last;
      } else if (/^(?:der|des|im|beim|von|vom|bei|aus)$/.test(next.text)) {
        let k = i + 2;
        // skip adjectives ("des russischen Präsidenten") to a name or a nested role + name
        while (w[k] && !w[k]!.upper && /(?:e|en|er|es|em)$/.test(w[k]!.text) && k < i + 4) k++;
        let target = this.at.get(k);
        let nested = -1;
        if (!target && this.roleAt.has(k) && this.space(k, k + 1)) {
          nested = k;
          target = this.at.get(k + 1);
        }
        if (target && !target.partial && target.mention.type !== "TOPIC" && this.space(i + 1, i + 2)) {
          const via = target.mention.type === "PERSON" ? "role:complement-person" : "role:complement";
          const o = this.orgOfMention(target, r.role.roleKind);
          if (!org && o) {
            org = o;
            orgRule = via;
          }
          last = target.last;
        } else if (nested >= 0 && !target) {
          // "von Kremlchef" with no name after it: the nested role's body
          const nr = this.roleAt.get(nested)!;
          if (!org && nr.orgId) {
            org = nr.orgId;
            orgRule = "role:complement-role";
          }
        } else if (/^(?:der|des)$/.test(next.text)) {
          // an unknown body: "der Vorsitzende des Linux-Verbandes, Elmar Gesse" — the phrase ends after it
          let j = k;
          while (
            j < i + 6 &&
            w[j]?.upper &&
            !this.cover.has(j) &&
            w[j]!.sentence === sentence &&
            this.space(j - 1, j, BLANKS)
          )
            j++;
          if (j > k) last = j - 1;
        }
      }
    }
    const start = w[first]!.start;
    const end = w[last]!.end;
    return {
      rm: {
        text: this.text.slice(start, end),
        start,
        end,
        role: w[i]!.text,
        roleKind: r.role.roleKind,
        organizationId: org,
        entityId: null,
      },
      roleWord: i,
      firstWord: first,
      lastWord: last,
      orgRule,
      hasDeterminer,
    };
  }

  /** Capitalized name words starting at k (no punctuation between, same sentence): [k, end] or null. */
  /** Skips academic titles before a name: "Prof. Dr. Matthias Beckmann" → the index of "Matthias". */
  private skipTitles(k: number): number {
    while (this.w[k] && TITLES.has(this.w[k]!.text) && this.text[this.w[k]!.end] === ".") k++;
    return k;
  }

  /** Capitalized name words starting at k (no punctuation between, same sentence): [k, end] or null. */
  private nameRun(k: number, max = 4): number | null {
    const w = this.w;
    const first = w[k];
    if (!first || !isNameWord(first) || NOT_NAME.has(first.text) || this.inCredit[k]) return null;
    let end = k;
    for (let j = k + 1; j < w.length && j < k + max + 1; j++) {
      const word = w[j]!;
      if (word.sentence !== first.sentence || this.inCredit[j]) break;
      const glued = this.space(j - 1, j, BLANKS);
      // a middle initial: "George W. Bush"
      const initialBefore = /^\p{Lu}$/u.test(w[j - 1]!.text) && this.space(j - 1, j, /^\. $/);
      if (!glued && !initialBefore) break;
      if (/^\p{Lu}$/u.test(word.text) && this.space(j, j + 1, /^\. $/) && w[j + 1] && isNameWord(w[j + 1]!))
        continue;
      // "von der Leyen", "de Hoop Scheffer", "bin Salman": particles only between name words
      const isParticle = (x: number) =>
        NAME_PARTICLES.has(w[x]!.text) ||
        (/^(?:der|den)$/.test(w[x]!.text) && /^(?:von|van)$/.test(w[x - 1]!.text));
      if (isParticle(j)) {
        let after = j;
        while (w[after + 1] && isParticle(after + 1) && after < j + 3) after++;
        if (
          w[after + 1] &&
          isNameWord(w[after + 1]!) &&
          !NOT_NAME.has(w[after + 1]!.text) &&
          this.space(after, after + 1, BLANKS)
        )
          continue;
      }
      if (!isNameWord(word) || NOT_NAME.has(word.text)) break;
      end = j;
    }
    for (let j = k; j <= end; j++) {
      const word = w[j]!;
      if (NAME_PARTICLES.has(word.text) || NAME_ARTICLES.has(word.text) || /^\p{Lu}$/u.test(word.text))
        continue;
      const f = this.cover.get(j);
      const bad =
        (f && f.mention.type !== "PERSON") ||
        this.roleAt.has(j) ||
        this.adjectiveCountry(word) ||
        (NOUN_SUFFIX.test(word.text) && word.text.length > 5);
      if (bad) {
        if (j === k) return null;
        end = j - 1;
        break;
      }
    }
    while (
      end > k &&
      (NAME_PARTICLES.has(w[end]!.text) || NAME_ARTICLES.has(w[end]!.text) || /^\p{Lu}$/u.test(w[end]!.text))
    )
      end--;
    return end;
  }

  private wordsSeen: Set<string> | null = null;
  private wordSet(): Set<string> {
    this.wordsSeen ??= new Set(this.w.map((x) => x.text));
    return this.wordsSeen;
  }

  /** "ein Sprecher Auskunft": after an indefinite article the next word is no name. */
  private indefiniteBefore(i: number): boolean {
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const t = this.w[j]!.lower;
      if (INDEFINITE_ARTICLES.has(t)) return true;
      if (DETERMINERS.has(t) || this.w[j]!.upper) return false;
    }
    return false;
  }

  private discover(k: number, end: number, rule: string): string | null {
    const w = this.w;
    // a single word is only a surname when it could not be anything else
    if (end === k && (w[k]!.text.length < 3 || this.lex.firstNames.has(w[k]!.text))) return null;
    const words = w.slice(k, end + 1).map((x, j) =>
      // initials keep their period: "George W. Bush"
      /^\p{Lu}$/u.test(x.text) && j < end - k ? `${x.text}.` : x.text,
    );
    // "Joseph Ratzingers Wahl": the genitive of a name that also stands without it
    const last = words[words.length - 1]!;
    if (words.length > 1 && /[^s]s$/.test(last) && this.wordSet().has(last.slice(0, -1)))
      words[words.length - 1] = last.slice(0, -1);
    // a name already known in part ("Andrij Hnatow" then "Generalstabschef Hnatow") stays one person
    const joined = words.join(" ");
    for (const [id, d] of this.discovered) if (d.aliases.has(joined)) return id;
    const name = words.join(" ");
    const id = slug(name);
    if (!id || this.lex.typeOf(id)) return null;
    const surname = words[words.length - 1]!;
    const aliases = new Set([name, surname]);
    if (words.length > 2 && NAME_PARTICLES.has(words[words.length - 2]!))
      aliases.add(words.slice(-2).join(" "));
    this.discovered.set(id, { name, aliases, rule });
    return id;
  }

  /** Role + name first (the strongest evidence), then given name + surname, then appositions, which
   *  need the names found so far ("Berater von Präsident Andrzej Duda, Tomasz Nowak"). */
  private discoverPeople() {
    const w = this.w;
    for (const i of this.roleAt.keys()) {
      // role + name: "Generalstabschef Andrij Hnatow"
      if (this.inCredit[i] || !w[i + 1] || !this.space(i, i + 1, BLANKS)) continue;
      const k = this.skipTitles(i + 1);
      if (this.cover.has(k)) continue;
      const end = this.nameRun(k);
      if (end === null || (end === k && this.indefiniteBefore(i))) continue;
      this.discover(k, end, "discovered:role+name");
    }
    // "Vorname Nachname" with a common given name: enough evidence of a person on its own
    for (let i = 0; i < w.length - 1; i++) {
      if (this.cover.has(i) || this.inCredit[i] || !this.lex.firstNames.has(w[i]!.text)) continue;
      if (!this.space(i, i + 1, BLANKS) || this.cover.has(i + 1)) continue;
      const end = this.nameRun(i, 3);
      if (end !== null && end > i && !this.roleAt.has(i + 1)) {
        this.discover(i, end, "discovered:firstname");
        i = end;
      }
    }
    if (this.discovered.size) this.matchNames(this.discoveredIndex());
    for (const [i, r] of this.roleAt) {
      if (this.inCredit[i]) continue;
      const ph = this.phrase(i, r);
      // "der außenpolitische Berater im Kanzleramt, Günter Sautter,"
      const after = this.afterParenthesis(ph.lastWord);
      if (
        ph.hasDeterminer &&
        w[after] &&
        !this.cover.has(after) &&
        this.space(after - 1, after, /^\)?, ?$/)
      ) {
        const end = this.nameRun(after);
        if (end !== null && end > after && this.closesApposition(end))
          this.discover(after, end, "discovered:role-apposition");
      }
      // "Hans Meier, Sprecher des Ministeriums,"
      const before = ph.firstWord - 1;
      if (before >= 1 && this.space(before, ph.firstWord, /^, ?$/) && !this.cover.has(before)) {
        let k = before;
        while (k - 1 >= 0 && before - k < 3 && isNameWord(w[k - 1]!) && this.space(k - 1, k, BLANKS)) k--;
        for (; k < before; k++) {
          const end = this.nameRun(k);
          if (end === before) {
            this.discover(k, end, "discovered:apposition");
            break;
          }
        }
      }
    }
  }

  /** The word after `last`, skipping a short parenthesis right behind it ("Merz (CDU), Günter Sautter"). */
  private afterParenthesis(last: number): number {
    const w = this.w;
    if (!/^ ?\($/.test(this.text.slice(w[last]!.end, w[last + 1]?.start ?? w[last]!.end))) return last + 1;
    for (let k = last + 1; k < w.length && k <= last + 4; k++) {
      const tail = this.text.slice(w[k]!.end, w[k + 1]?.start ?? this.text.length);
      if (tail.startsWith(")")) return k + 1;
    }
    return last + 1;
  }

  private closesApposition(end: number) {
    const next = this.w[end + 1];
    const tail = this.text.slice(this.w[end]!.end, next ? next.start : this.text.length);
    return /^\s*[,.;:)]/.test(tail) || !next || !next.upper;
  }

  /** "das Magazin Politico", "die Zeitung «Kommersant»", "die Nachrichtenagentur Unian";
   *  "Staatsanwaltschaft Braunschweig", "Landgericht Bremen": a body named by its seat. */
  private discoverMedia() {
    const w = this.w;
    for (let i = 0; i < w.length - 1; i++) {
      const word = w[i]!;
      if (!word.upper || this.cover.has(i) || this.inCredit[i] || !INSTITUTION_HEAD.test(word.lower))
        continue;
      const next = w[i + 1]!;
      if (!this.space(i, i + 1, BLANKS) || next.sentence !== word.sentence || this.inCredit[i + 1]) continue;
      const f = this.at.get(i + 1);
      const seat =
        f?.mention.type === "PLACE" && !f.partial
          ? f.last
          : isNameWord(next) &&
              !this.cover.has(i + 1) &&
              !NOT_NAME.has(next.text) &&
              !NOUN_SUFFIX.test(next.text)
            ? i + 1
            : -1;
      if (seat < 0) continue;
      const name = this.text.slice(word.start, w[seat]!.end);
      const id = slug(name);
      if (!id || this.lex.typeOf(id)) continue;
      this.discoveredOrgs.set(id, { name, kind: "INSTITUTION" });
    }
    for (let i = 0; i < w.length - 1; i++) {
      if (!MEDIA_NOUNS.has(w[i]!.text) || this.cover.has(i + 1) || this.inCredit[i + 1]) continue;
      const g = this.text.slice(w[i]!.end, w[i + 1]!.start);
      if (!/^\s*[„“"«»‚‘]?$/.test(g)) continue;
      const quoted = /[„“"«»‚‘]/.test(g);
      let end = i + 1;
      if (!w[end]!.upper || NOT_NAME.has(w[end]!.text)) continue;
      while (end + 1 < w.length && end < i + 4 && w[end + 1]!.sentence === w[i]!.sentence) {
        const gg = this.text.slice(w[end]!.end, w[end + 1]!.start);
        if (!/^[ \t]+$/.test(gg) || (!quoted && !w[end + 1]!.upper) || this.cover.has(end + 1)) break;
        if (!quoted && (NOT_NAME.has(w[end + 1]!.text) || this.roleAt.has(end + 1))) break;
        end++;
      }
      if (quoted && !/^[“"«»‘’]/.test(this.text.slice(w[end]!.end, w[end]!.end + 1))) continue;
      const name = w
        .slice(i + 1, end + 1)
        .map((x) => x.text)
        .join(" ");
      const id = slug(name);
      if (!id || this.lex.typeOf(id)) continue;
      this.discoveredOrgs.set(id, { name, kind: "MEDIA" });
    }
  }

  private discoveredIndex() {
    const index = new Map<string, NameForm[]>();
    const put = (text: string, id: string, type: EntityType, rule: string) => {
      const words = text.split(" ");
      const list = index.get(words[0]!) ?? [];
      list.push({ words, entityId: id, type, rule, context: null });
      index.set(words[0]!, list);
    };
    for (const [id, d] of this.discovered)
      for (const a of d.aliases) {
        put(a, id, "PERSON", a === d.name ? "discovered:name" : "discovered:surname");
        if (/\p{Ll}$/u.test(a))
          put(/[sßxz]$/.test(a) ? `${a}'` : `${a}s`, id, "PERSON", "discovered:inflected");
      }
    for (const [id, d] of this.discoveredOrgs)
      put(d.name, id, "ORGANIZATION", d.kind === "MEDIA" ? "discovered:media" : "discovered:institution");
    return index;
  }

  // --- role phrases and affiliations -----------------------------------------------------------------

  private phrases(): Phrase[] {
    const w = this.w;
    const out: Phrase[] = [];
    const roleWords = [...this.roleAt.keys()].sort((a, b) => a - b);
    for (const i of roleWords) {
      if (this.inCredit[i]) continue;
      const r = this.roleAt.get(i)!;
      const ph = this.phrase(i, r);
      // the name: right after the role noun, or an apposition on either side
      let person: Found | null = null;
      let how = "role+name";
      const direct = this.at.get(i + 1);
      if (direct?.mention.type === "PERSON" && this.space(i, i + 1, BLANKS)) person = direct;
      if (!person && ph.hasDeterminer) {
        const k = this.afterParenthesis(ph.lastWord);
        const after = this.at.get(k);
        if (after?.mention.type === "PERSON" && this.space(k - 1, k, /^\)?, ?$/)) {
          person = after;
          how = "role-apposition";
        }
      }
      if (!person && ph.firstWord > 0 && this.space(ph.firstWord - 1, ph.firstWord, /^, ?$/)) {
        const before = this.cover.get(ph.firstWord - 1);
        if (before?.mention.type === "PERSON" && !before.partial) {
          person = before;
          how = "apposition";
        }
      }
      if (r.prefixPersonId && person?.mention.entityId === r.prefixPersonId) person = null;
      if (person) ph.rm.entityId = person.mention.entityId;
      if (!ph.rm.organizationId) {
        const side = this.sideMarker(i) ?? this.coordinated(out, ph);
        if (side) {
          ph.rm.organizationId = side.org;
          ph.orgRule = side.rule;
        }
      }
      const curated = person ? this.lex.people.get(person.mention.entityId) : undefined;
      if (curated && ph.orgRule === "role:default") {
        // "Bundeskanzler Christian Stocker": the curated office says which country's chancellor
        const own = curated.roles.find((x) => x.roleKind === r.role.roleKind);
        if (own && own.organizationId !== ph.rm.organizationId) {
          ph.rm.organizationId = own.organizationId;
          ph.orgRule = "lexicon-person";
        }
      }
      if (person && !ph.rm.organizationId && person.mention.type === "PERSON") {
        const own = this.personOrg(person.mention.entityId, r.role.roleKind);
        if (own && this.lex.people.has(person.mention.entityId)) {
          ph.rm.organizationId = own;
          ph.orgRule = "lexicon-person";
        }
      }
      if (person && ph.rm.organizationId) {
        this.affiliate(person.mention.entityId, {
          organizationId: ph.rm.organizationId,
          role: ph.rm.role,
          roleKind: ph.rm.roleKind,
          evidence: { text: ph.rm.text, start: ph.rm.start, end: ph.rm.end },
          rule: `${how}/${ph.orgRule ?? "?"}`,
        });
        // "US-Verhandler Steve Witkoff und Jared Kushner": the role covers the coordinated name too
        const j = person.last + 1;
        if (w[j] && /^(?:und|sowie)$/.test(w[j]!.text) && this.space(person.last, j, BLANKS)) {
          const other = this.at.get(j + 1);
          // not "und Trumps Schwiegersohn Jared Kushner": a genitive names someone else's relation
          const plain = other && !other.mention.rule.endsWith("inflected");
          // a curated person only takes a role the lexicon already gives them ("Witkoff und Kushner")
          const theirs = other ? this.lex.people.get(other.mention.entityId) : undefined;
          const fits =
            !theirs ||
            theirs.roles.some(
              (x) => x.roleKind === ph.rm.roleKind && x.organizationId === ph.rm.organizationId,
            );
          if (
            plain &&
            fits &&
            other.mention.type === "PERSON" &&
            !this.roleAt.has(j + 1) &&
            ph.orgRule !== "lexicon-person"
          )
            this.affiliate(other.mention.entityId, {
              organizationId: ph.rm.organizationId!,
              role: ph.rm.role,
              roleKind: ph.rm.roleKind,
              evidence: { text: ph.rm.text, start: ph.rm.start, end: ph.rm.end },
              rule: `role+coordinated/${ph.orgRule ?? "?"}`,
            });
        }
      }
      out.push(ph);
    }
    return out;
  }

  /** "auf ukrainischer Seite auch Generalstabschef …", "Für Deutschland war der Berater …". */
  private sideMarker(i: number): { org: string; rule: string } | null {
    const w = this.w;
    const s = w[i]!.sentence;
    for (let j = i - 1; j >= 0 && w[j]!.sentence === s && j > i - 12; j--) {
      const f = this.at.get(j);
      if (f && (f.mention.rule === "lexicon-adjective+side" || f.mention.rule === "lexicon-prefix+side"))
        return { org: f.mention.entityId, rule: "role:side" };
      if (
        f &&
        f.mention.type === "ORGANIZATION" &&
        this.lex.organizations.get(f.mention.entityId)?.kind === "COUNTRY" &&
        j > 0 &&
        /^(?:Für|für)$/.test(w[j - 1]!.text)
      )
        return { org: f.mention.entityId, rule: "role:for-country" };
    }
    return null;
  }

  /** "Der ukrainische Chefunterhändler Rustem Umerow und Generalstabschef Andrij Hnatow". */
  private coordinated(prev: Phrase[], ph: Phrase): { org: string; rule: string } | null {
    const p = prev[prev.length - 1];
    if (!p?.rm.organizationId || p.orgRule !== "role:adjective") return null;
    if (this.w[p.roleWord]!.sentence !== this.w[ph.roleWord]!.sentence) return null;
    const between = this.text.slice(p.rm.end, ph.rm.start);
    if (between.length > 60 || !/\b(?:und|sowie)\s*$/.test(between)) return null;
    return { org: p.rm.organizationId, rule: "role:coordinated" };
  }

  private affiliate(entityId: string, a: Affiliation) {
    const list = this.affiliations.get(entityId) ?? [];
    if (
      !list.some(
        (x) => x.organizationId === a.organizationId && x.roleKind === a.roleKind && x.role === a.role,
      )
    )
      list.push(a);
    this.affiliations.set(entityId, list);
  }

  /** "Friedrich Merz (CDU)": membership of a party. */
  private partyAffiliations() {
    for (const f of this.at.values()) {
      if (f.mention.type !== "PERSON") continue;
      const next = this.at.get(f.last + 1);
      if (next?.mention.type !== "ORGANIZATION") continue;
      if (this.lex.organizations.get(next.mention.entityId)?.kind !== "PARTY") continue;
      if (!/^ ?\($/.test(this.text.slice(f.mention.end, next.mention.start))) continue;
      this.affiliate(f.mention.entityId, {
        organizationId: next.mention.entityId,
        role: "Mitglied",
        roleKind: "OTHER",
        evidence: {
          text: this.text.slice(f.mention.start, next.mention.end + 1),
          start: f.mention.start,
          end: next.mention.end + 1,
        },
        rule: "party-parenthesis",
      });
    }
  }

  // --- output ----------------------------------------------------------------------------------------

  private result(phrases: Phrase[]): Recognition {
    const lex = this.lex;
    const entities = new Map<string, Entity>();
    const entity = (id: string, type: EntityType): Entity => {
      let e = entities.get(id);
      if (e) return e;
      const person = lex.people.get(id);
      const org = lex.organizations.get(id);
      const place = lex.places.get(id);
      const topic = lex.topics.get(id);
      const d = this.discovered.get(id);
      const dOrg = this.discoveredOrgs.get(id);
      e = {
        id,
        type,
        name: person?.name ?? org?.name ?? place?.name ?? topic?.name ?? d?.name ?? dOrg?.name ?? id,
        aliases: person
          ? [...new Set([...person.aliases, ...person.surnames])].filter((a) => a !== person.name)
          : (org?.aliases ??
            place?.aliases ??
            topic?.aliases ??
            (d ? [...d.aliases].filter((a) => a !== d.name) : [])),
        kind: org?.kind ?? place?.kind ?? dOrg?.kind ?? null,
        countryId: person?.countryId ?? org?.countryId ?? null,
        locatedIn: place?.locatedIn ?? null,
        origin: person || org || place || topic ? "lexicon" : "discovered",
        mentions: [],
        affiliations: [],
      };
      entities.set(id, e);
      return e;
    };
    const mentions = [...this.at.values()].map((f) => f.mention).sort((a, b) => a.start - b.start);
    for (const m of mentions) entity(m.entityId, m.type).mentions.push(m);
    // curated affiliations of lexicon people, evidenced by their first mention here
    for (const e of entities.values()) {
      const p = lex.people.get(e.id);
      if (!p) continue;
      const first = e.mentions[0]!;
      for (const r of p.roles)
        this.affiliate(e.id, {
          organizationId: r.organizationId,
          role: r.role,
          roleKind: r.roleKind,
          evidence: { text: first.text, start: first.start, end: first.end },
          rule: "lexicon",
        });
    }
    for (const [id, list] of this.affiliations) {
      const e = entities.get(id);
      if (!e) continue;
      e.affiliations = list;
      if (!e.countryId) e.countryId = this.countryOf(list);
    }
    // organizations that roles point to belong in the result even when not named as such
    const roleMentions = phrases.map((p) => p.rm).sort((a, b) => a.start - b.start || a.end - b.end);
    const orgIds = new Set<string>();
    for (const rm of roleMentions) if (rm.organizationId) orgIds.add(rm.organizationId);
    for (const e of entities.values()) for (const a of e.affiliations) orgIds.add(a.organizationId);
    for (const id of orgIds)
      if (!entities.has(id) && lex.typeOf(id) === "ORGANIZATION") entity(id, "ORGANIZATION");
    return { entities: [...entities.values()], mentions, roleMentions };
  }

  private countryOf(list: Affiliation[]): string | null {
    for (const a of list) {
      const org = this.lex.organizations.get(a.organizationId);
      if (org?.kind === "COUNTRY") return org.id;
      if (org?.countryId) return org.countryId;
    }
    return null;
  }
}

const firstChars = new WeakMap<Map<string, unknown>, Uint8Array>();

/** 1 for each UTF-16 code unit that begins some key of the index (cached per index). */
function firstCharsOf(index: Map<string, unknown>): Uint8Array {
  let set = firstChars.get(index);
  if (!set) {
    set = new Uint8Array(0x10000);
    for (const key of index.keys()) if (key.length) set[key.charCodeAt(0)] = 1;
    firstChars.set(index, set);
  }
  return set;
}

/**
 * Something per word index, as a Map would hold it (has/get/set) but in an array: the recognizer
 * asks it for nearly every word, many times over.
 */
class WordIndex<T> {
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
}

function isNameWord(w: Word): boolean {
  // Capitalized with lower case after it (Hnatow, McCain, Jean-Luc, Støre), never ALL CAPS (credits)
  return /^\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*$/u.test(w.text) && !/^\p{Lu}{2,}/u.test(w.text);
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
