// Words around names: what never is a name, the particles inside names, academic titles, rulers' titles and
// their regnal numbers.
import { ARTICLES } from "./determiners.ts";
import { SUBJECT_PRONOUNS } from "./pronouns.ts";

/** Capitalized words that never start or continue a name (the recognizer's name runs, and the name
 * particles of speaker phrases: "zu Beginn" is no "zu Guttenberg"). */
export const NOT_NAME = new Set(
  (
    "Der Die Das Des Dem Den Ein Eine Einen Einem Eines Einer Er Sie Es Wir Ihr Ich Man Und Oder Aber Doch " +
    "Im In Am An Auf Aus Bei Beim Mit Nach Seit Von Vom Vor Zu Zum Zur Für Über Unter Gegen Ohne Um Durch " +
    "Als Wie Wenn Weil Dass Ob Auch Noch Nur Schon Jetzt Dann Damit Dabei Daher Dort Hier So Zudem Zuvor " +
    "Später Bislang Bisher Zuletzt Zunächst Inzwischen Unterdessen Dennoch Jedoch Allerdings Demnach Laut " +
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Februar März April Mai Juni " +
    "Juli August September Oktober November Dezember Wochenende Ende Anfang Mitte Update Stand Video Foto " +
    "Herr Frau Dr Prof Sir Seite Delegation Regierung Angaben Medienberichten Berichten Informationen " +
    "Beginn Gast Besuch Hause Recht Unrecht Wort Fuß"
  ).split(" "),
);

/** Lower-case particles inside a name ("Ursula von der Leyen", "Mohammed bin Salman"). */
export const NAME_PARTICLES = new Set([
  "von",
  "van",
  "de",
  "del",
  "da",
  "di",
  "dos",
  "al",
  "bin",
  "ibn",
  "zu",
  "ter",
  "le",
  "la",
]);

/** Articles inside a name after its particle: "Ursula von der Leyen", "Rafael van den Berg". */
export const NAME_ARTICLES = new Set(["der", "den"]);

/** Function words that end a name run inside a speaker phrase when capitalized at a sentence start, lower
 * case. Narrower than NOT_NAME: a phrase reader sees one noun phrase, where "Seit" or "Ende" may be part of a
 * name it has already been handed. */
export const NAME_STOPS = new Set([
  ...ARTICLES.slice(0, 8), // der … des, ein, eine
  ...SUBJECT_PRONOUNS,
  "und",
  "oder",
  "aber",
  "doch",
  "auch",
  "so",
  "wie",
  "laut",
  "nach",
  "mit",
  "am",
  "im",
  "in",
]);

/** Academic titles written before a name, as written ("Dr.", "Prof."). */
export const TITLES = new Set(["Dr", "Prof", "Professor", "Professorin"]);

/** Titles of rulers and popes, who are named by their given name alone ("Papst Benedikt", "Königin
 *  Elizabeth", "König Bhumibol"), often with a regnal number ("Benedikt XVI."). As written. */
export const RULER_TITLES = new Set([
  "Papst",
  "König",
  "Königin",
  "Kaiser",
  "Kaiserin",
  "Zar",
  "Zarin",
  "Prinz",
  "Prinzessin",
  "Kronprinz",
  "Kronprinzessin",
  "Fürst",
  "Fürstin",
  "Großherzog",
  "Großherzogin",
  "Emir",
  "Sultan",
  "Scheich",
]);

/** A regnal number, written after the ruler's given name with its period: "XVI." in "Benedikt XVI.". */
export const REGNAL_NUMBER = /^(?=[IVXL])(?:L?X{0,3})(?:IX|IV|V?I{0,3})$/;
