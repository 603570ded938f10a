// Normalize: boilerplate lines — site chrome and navigation, consent and embed notices, script and
// paywall debris, photo credits. Each test takes one trimmed line; all are linear in it.

import { agencyName } from "../read/meta.ts";

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

export function isCredit(line: string): boolean {
  if (line.length > 140) return false;
  if (CREDIT_LINE.some((re) => re.test(line))) return true;
  return (
    CAPS_CHAIN.test(line) &&
    line.split("/").some((p) => agencyName(p.trim()) !== null || PHOTO_POOLS.has(p.trim()))
  );
}

/** Navigation, chrome, script debris or a consent notice: a line that is never article text. */
export function isBoilerplate(line: string): boolean {
  return (
    BREADCRUMB.test(line) ||
    (line.includes(" > ") && line.split(" > ").length >= 3 && !/[.!?]$/.test(line)) ||
    isChrome(line) ||
    isDebris(line) ||
    isConsent(line)
  );
}

/** The line without a photo credit at its end ("… in Miami. © AFP", "(Foto: dpa)"). */
export function withoutTrailingCredit(line: string): string {
  return /©|\(c\)|\((?:Foto|Bild)/i.test(line) ? line.replace(TRAILING_CREDIT, "").trim() : line;
}
