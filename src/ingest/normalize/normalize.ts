// Normalize: raw article text → the stored article text that every offset points into. Repairs
// mojibake, applies NFC, drops boilerplate (navigation, consent blocks, photo credits, paywall/JS
// debris) and moves metadata lines (dates, sources, datelines, agency credits) into `meta`. Paragraph
// breaks survive: "\n\n" where the source had a blank line or dropped lines, "\n" where it had a
// single line break. All work is line-by-line and linear in the text.

import { agencyCredit, agencyName, matchDate, mergeSources, splitSources } from "../read/meta.ts";
import type { ArticleMeta, InputError, NormalizedArticle, RawArticle } from "../types.ts";
import { articleId, contentHash } from "./article-id.ts";
import { repairMojibake } from "./mojibake.ts";

/** Whole lines that are site chrome, never article text (compared case-insensitively). */
const CHROME = new Set(
  [
    "zum Hauptinhalt",
    "zum Inhalt",
    "zum Inhalt springen",
    "direkt zum Inhalt",
    "zur Navigation",
    "zur Startseite",
    "zurück zur Startseite",
    "Startseite",
    "Gesamten Artikel lesen",
    "Artikel lesen",
    "Weiterlesen",
    "Mehr lesen",
    "Mehr anzeigen",
    "Update",
    "Aktualisiert",
    "Teilen",
    "Artikel teilen",
    "Drucken",
    "Merken",
    "Artikel merken",
    "Kommentieren",
    "Kommentare",
    "Anzeige",
    "Werbung",
    "Newsletter",
    "Jetzt abonnieren",
    "Abonnieren",
    "Mehr zum Thema",
    "Zum Thema",
    "Lesen Sie auch",
    "Lesen Sie auch:",
    "Auch interessant",
    "Das könnte Sie auch interessieren",
    "Weitere Artikel",
    "Artikel anhören",
    "Hören",
    "Vorlesen",
    "Bildergalerie",
    "Schließen",
    "Menü",
    "Suche",
    "Anmelden",
    "Registrieren",
    "Nach oben",
    "Zum Seitenanfang",
    "Seitenanfang",
    "Fehler melden",
    "Feedback",
    "Impressum",
    "Datenschutz",
    "Externer Inhalt",
    "Empfohlener redaktioneller Inhalt",
    "Alle externen Inhalte laden",
    "Inhalt laden",
    "Inhalte anzeigen",
    "Mehr erfahren",
    "Zustimmen",
    "Akzeptieren",
    "Facebook",
    "Twitter",
    "WhatsApp",
    "Telegram",
    "LinkedIn",
    "Pinterest",
    "Threads",
    "Bluesky",
    "E-Mail",
    "Link kopieren",
    "Teilen auf Facebook",
    "Teilen auf X",
    "Auf Facebook teilen",
    "Auf X teilen",
    "Per E-Mail teilen",
    "Zum Kommentarbereich",
    "Kommentar schreiben",
    "Mehr Nachrichten",
    "Alle Nachrichten",
    "Exklusiv für Abonnenten",
    "Jetzt weiterlesen",
    "Abo abschließen",
    "Z+",
    "F+",
    "SZ Plus",
    "SPIEGEL+",
    "WELTplus",
    "Plus",
  ].map((s) => s.toLowerCase()),
);

const CHROME_RE = [
  /^vor \d+ (?:sekunden?|minuten?|stunden?|tagen?)(?: \d+)?$/i,
  /^lesezeit:? ?\d+ ?(?:min\.?|minuten)$/i,
  /^\d+ kommentare?$/i,
  /^(?:stand|aktualisiert|update)(?: am)?:?$/i,
  /^\d{1,3}$/,
  /^(?:dieser )?artikel (?:ist )?(?:nur )?(?:für|exklusiv für) (?:abonnenten|abonnentinnen|abonnent\*innen)/i,
  /^(?:jetzt )?(?:weiterlesen|lesen sie weiter) mit /i,
  // Teasers for other articles: "Lesen Sie auch: Putin droht …".
  /^(?:lesen sie (?:auch|mehr)|mehr zum thema|zum thema|auch interessant|passend dazu|siehe auch)\s*:\s*\S.{0,200}$/i,
  /^[|•·>/\\\-–—_*=~#]+$/,
];

// Consent and embed notices: a site talking to its reader about external content and privacy.
const CONSENT_TOPIC =
  /externe[nrs]? Inhalt|Datenschutz|Cookie|Drittplattform|Drittanbieter|personenbezogene Daten|Tracking|Einwilligung/i;
const CONSENT_ADDRESS =
  /\b(?:Sie|Ihre?n?|Ihnen)\b|einverstanden|widerruf|anzeigen lassen|zustimm|akzeptier|Klick|aktivier/;
const CONSENT_OPENERS = [
  /^An dieser Stelle finden Sie\b/i,
  /^Ich bin damit einverstanden\b/i,
  /^Um (?:diesen|den) (?:Inhalt|Beitrag|externen Inhalt)/i,
  /^Wir (?:benötigen|brauchen) Ihre Zustimmung/i,
];

// Script and paywall debris that leaks into scraped text ("showPaywall:", "false", "console.debug({…})").
const DEBRIS_RE = [
  /^[A-Za-z_$][\w$]*:$/,
  /^(?:true|false|null|undefined|NaN)[,;]?$/,
  /\b(?:console|window|document)\.[A-Za-z_$]+\s*\(/,
  /^(?:var|let|const)\s+[\w$]+\s*=/,
  /\bfunction\s*\(|=>\s*\{/,
  /^[{}[\]();,'"`]+$/,
  /^[\w$.]+\s*\(\s*\{.*\}\s*\);?$/,
];

const BREADCRUMB = /^(?:Aktuelle Seite|Sie sind hier|Du bist hier|Navigation|Pfad)\s*:/i;

// Photo credits: "© Michael Kappeler/dpa", "Foto: …", "APA/APA/AFP/POOL/KRISTINA KORMILITSYNA",
// "picture alliance / dpa | …", "IMAGO/…".
const CREDIT_LINE = [
  /^(?:©|\(c\)\s|copyright\b)/i,
  /^(?:Fotos?|Bild(?:er)?|Bildquelle|Bildrechte|Quelle Bild|Credits?|Grafik|Video)\s*:\s*\S[^.!?]{0,100}$/i,
  /^(?:picture[- ]alliance|imago(?: images)?|getty images|ap photo|keystone)\b[^.!?]{0,100}$/i,
];
// All capitals with slashes: agency/pool/photographer chains ("APA/APA/AFP/POOL/KRISTINA KORMILITSYNA"),
// but only with an agency or photo pool in the chain ("CDU/CSU" is a party, not a credit).
const CAPS_CHAIN = /^(?=[^a-zäöüß]*$)[A-ZÄÖÜ0-9 .&'-]+(?:\/[A-ZÄÖÜ0-9 .&'-]+)+$/;
const PHOTO_POOLS = new Set(
  "POOL EPA IMAGO GETTY KEYSTONE XINHUA SPUTNIK ANADOLU ZUMA ABACA SIPA".split(" "),
);
const TRAILING_CREDIT = /\s+(?:©|\(c\)\s)\s*[^©]{1,100}$|\s*\((?:Foto|Bild|Fotos)\s*:[^()]{1,100}\)$/i;

const META_PREFIX =
  /^(?:(?:Stand|Aktualisiert|Zuletzt aktualisiert|Veröffentlicht|Erstellt|Datum)(?:\s+am)?\s*:\s*|(?:Aktualisiert|Veröffentlicht|Erstellt)\s+am\s+)/i;
const SOURCE_LINE =
  /^(?:(?:Quellen?|Material)\s*:|Mit Material (?:von|der Nachrichtenagenturen?|aus))\s*(.{1,120})$/i;
const AUTHOR_LINE =
  /^(?:Von|Autor(?:in)?|Text|Ein (?:Artikel|Beitrag) von)\s*:\s*(.{1,100})$|^Von\s+(.{1,60})$/;
const DATE_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/i;
const DATELINE =
  /^([A-ZÄÖÜ][\p{L}\p{M}'.\- ]{0,40}?(?:\/[A-ZÄÖÜ][\p{L}\p{M}'.\- ]{0,40}?)?)\s*\(([^()]{2,40})\)\s*[-–—]\s+/u;
const TRAILING_AGENCY = /\s*\(([^()]{2,60})\)\s*$/;

// Weird white space becomes a plain space; invisible characters go; C0/C1 controls other than \n go.
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]/g;

interface Line {
  text: string;
  /** A blank line or a dropped line came before it: a paragraph break. */
  gap: boolean;
}

interface DateCandidate {
  value: string;
}

function isConsent(line: string): boolean {
  if (line.length > 1500) return false;
  if (CONSENT_OPENERS.some((re) => re.test(line)) && CONSENT_TOPIC.test(line)) return true;
  return (
    line.length < 800 &&
    CONSENT_TOPIC.test(line) &&
    CONSENT_ADDRESS.test(line) &&
    /Inhalt|Einstellung/.test(line)
  );
}

function isChrome(line: string): boolean {
  if (line.length > 260) return false;
  return (line.length <= 60 && CHROME.has(line.toLowerCase())) || CHROME_RE.some((re) => re.test(line));
}

function isDebris(line: string): boolean {
  return line.length < 300 && DEBRIS_RE.some((re) => re.test(line));
}

function isCredit(line: string): boolean {
  if (line.length > 140) return false;
  if (CREDIT_LINE.some((re) => re.test(line))) return true;
  return (
    CAPS_CHAIN.test(line) &&
    line.split("/").some((p) => agencyName(p.trim()) !== null || PHOTO_POOLS.has(p.trim()))
  );
}

/** Picks the publication date: the first one found, upgraded to a same-day one with a time. */
function pickDate(cands: DateCandidate[]): string | null {
  const first = cands[0];
  if (!first) return null;
  const day = first.value.slice(0, 10);
  const timed = cands.find((c) => c.value.length > 10 && c.value.startsWith(day));
  return (first.value.length > 10 ? first : (timed ?? first)).value;
}

/** Cleans the article text. Returns an InputError when nothing readable is left. */
export function normalize(raw: RawArticle & { warnings?: string[] }): NormalizedArticle | InputError {
  const warnings = [...(raw.warnings ?? [])];
  const verbatim = raw.text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  let text = verbatim;
  const fixed = repairMojibake(text);
  if (fixed.codePage) {
    text = fixed.text;
    warnings.push(
      `repaired ${fixed.repaired} mojibake sequence(s) (UTF-8 that had been read as ${fixed.codePage})`,
    );
  }
  text = text.normalize("NFC").replace(SPACES, " ").replace(INVISIBLE, "");
  // An article that needs no cleaning beyond blank lines and the indentation of lines keeps its text
  // exactly as read, so that offsets match the source file too.
  let changed = text !== verbatim;

  const dates: DateCandidate[] = [];
  const sources: string[] = [];
  let dateline: string | null = null;
  const kept: Line[] = [];
  let gap = false;

  const drop = () => {
    gap = true;
    changed = true;
  };

  for (const rawLine of text.split("\n")) {
    const trimmed = rawLine.trim();
    let line = trimmed.replace(/ {2,}/g, " ");
    if (line !== trimmed) changed = true;
    if (!line) {
      gap = true;
      continue;
    }
    const dp = line.match(DATE_PREFIX);
    if (dp) {
      dates.push({ value: dp[1]! });
      line = line.slice(dp[0].length).trim();
      changed = true;
      if (!line) {
        drop();
        continue;
      }
    }
    if (
      BREADCRUMB.test(line) ||
      (line.includes(" > ") && line.split(" > ").length >= 3 && !/[.!?]$/.test(line))
    ) {
      drop();
      continue;
    }
    if (isChrome(line) || isDebris(line) || isConsent(line)) {
      drop();
      continue;
    }
    // Date lines: "Stand: 21.12.2025 21:54 Uhr", "20. Dezember 2025, 7:13 Uhr Quelle: DIE ZEIT, dpa",
    // "Donnerstag, 18. Dezember 2025 | 05:41 Uhr".
    const prefixed = line.match(META_PREFIX);
    const afterPrefix = prefixed ? line.slice(prefixed[0].length) : line;
    const dm = matchDate(afterPrefix);
    if (dm) {
      const rest = afterPrefix
        .slice(dm.length)
        .replace(/^\s*(?:Uhr\b)?\s*[|,–-]?\s*/, "")
        .trim();
      const src = rest.match(/^(?:Quellen?\s*:|Von\s*:?)\s*(.*)$/i);
      if (!rest || src || /^(?:Lesezeit|Aktualisiert|Update)\b/i.test(rest)) {
        dates.push({ value: dm.value });
        if (src?.[1]) mergeSources(sources, splitSources(src[1]));
        drop();
        continue;
      }
    } else if (prefixed && afterPrefix.length < 40 && !/[.!?]$/.test(afterPrefix)) {
      drop();
      continue;
    }
    const sm = line.match(SOURCE_LINE);
    if (sm) {
      mergeSources(sources, splitSources(sm[1]!));
      drop();
      continue;
    }
    const am = line.match(AUTHOR_LINE);
    if (am && !/[.!?]$/.test(line)) {
      // "Von: APA/AFP" credits agencies; "Von: Jana Muster" is a byline — neither is article text.
      // Without a colon only an agency credit counts ("Von Miami nach Moskau" is a headline).
      const credited = agencyCredit(am[1] ?? am[2] ?? "");
      if (credited) mergeSources(sources, credited);
      if (am[1] !== undefined || credited) {
        drop();
        continue;
      }
    }
    if (isCredit(line)) {
      drop();
      continue;
    }
    const stripped = /©|\(c\)|\((?:Foto|Bild)/i.test(line) ? line.replace(TRAILING_CREDIT, "").trim() : line;
    if (stripped !== line) {
      line = stripped;
      changed = true;
      if (!line) {
        drop();
        continue;
      }
    }
    // The same caption twice (once as alt text, once with the credit) keeps one copy.
    const prev = kept[kept.length - 1];
    if (prev && prev.text === line) {
      drop();
      continue;
    }
    kept.push({ text: line, gap: kept.length > 0 && gap });
    gap = false;
  }

  // Dateline "Miami (dpa) - …" at the start of one of the first paragraphs.
  for (let i = 0; i < Math.min(kept.length, 6); i++) {
    const k = kept[i]!;
    const m = k.text.match(DATELINE);
    const credited = m ? agencyCredit(m[2]!) : null;
    if (m && credited) {
      dateline = m[1]!.trim();
      mergeSources(sources, credited);
      k.text = k.text.slice(m[0].length);
      changed = true;
      break;
    }
  }

  // Agency credit closing the article: "… vereinbart. (Tsp, AFP, dpa)".
  const last = kept[kept.length - 1];
  if (last) {
    const m = last.text.match(TRAILING_AGENCY);
    const credited = m ? agencyCredit(m[1]!) : null;
    if (m && credited) {
      mergeSources(sources, credited);
      last.text = last.text.slice(0, m.index).trim();
      changed = true;
      if (!last.text) kept.pop();
    }
  }

  if (kept.length === 0) {
    return { file: raw.file, reason: "no article text left after removing boilerplate and metadata" };
  }

  const title = raw.meta.title ?? findTitle(kept);
  const allSources = [...(raw.meta.sources ?? [])];
  if (raw.meta.source && !allSources.includes(raw.meta.source)) allSources.unshift(raw.meta.source);
  mergeSources(allSources, sources);
  const publishedAt = raw.meta.publishedAt ?? pickDate(dates);
  if (!publishedAt) warnings.push("no publication date found; relative dates cannot be resolved");

  const meta: ArticleMeta = {
    title,
    source: raw.meta.source ?? allSources[0] ?? null,
    sources: allSources,
    publishedAt,
    url: raw.meta.url ?? null,
    dateline: raw.meta.dateline ?? dateline,
  };

  let out = verbatim;
  if (changed) {
    out = "";
    for (const k of kept) {
      if (out) out += k.gap ? "\n\n" : "\n";
      out += k.text;
    }
  }
  return {
    id: articleId(meta, out),
    contentHash: contentHash(out),
    file: raw.file,
    meta,
    text: out,
    warnings,
  };
}

/**
 * The headline: among the lines before the first body paragraph, the first that reads like a
 * headline (short, no closing full stop). Captions ("… traf sich mit Dmitrijew.") end with a stop.
 */
function findTitle(lines: Line[]): string | null {
  for (let i = 0; i < Math.min(lines.length, 5); i++) {
    const t = lines[i]!.text;
    if (t.length > 160 || (/[.!?]["“”»«]?$/.test(t) && t.length > 120)) return null;
    if (
      t.length >= 8 &&
      t.length <= 160 &&
      !/[.:,;]["“”»«]?$/.test(t) &&
      /\p{L}{3}/u.test(t) &&
      t.split(" ").length >= 2
    ) {
      return t;
    }
  }
  return null;
}
