// The vocabulary of speech that the frame rules read beside the cue verbs of data/lexicon/cues.yaml: nouns
// for words, slogans and sources, and the speech acts whose quoted object is what was said. Lower case
// unless noted.

/** Speech acts whose quoted words are the statement ("nannte … „überzogen“"). */
export const QUOTING_ACTS = new Set(["nennen", "bezeichnen", "sprechen", "schimpfen", "rechtfertigen"]);

/** Verbs of saying that report a speech act without a quoted object: "sprach über …", "berichtete von …". */
export const REPORTING_SAY_VERBS = new Set(["sprechen", "berichten"]);

/** Particles of verbs of saying that stand before the verb at the end of a subordinate clause: "Wie die
 * Polizei bekannt gab". */
export const FRONTED_CUE_PARTICLES = new Set(["bekannt", "klar", "fest"]);

/** What "äußerte …" expresses when it is a speech act without "sich": "äußerte Zweifel", "äußerte Kritik". */
export const UTTERED_FEELING = /zweifel|kritik|sorge|bedenken|hoffnung|verständnis|bedauern/i;

/** Nouns that name the words quoted after them: "die Feststellung „…“", "Die ersten Worte Armstrongs: „…“". */
export const WORDS_NOUNS = new Set([
  "feststellung",
  "behauptung",
  "antwort",
  "erklärung",
  "aussage",
  "worte",
  "zitat",
  "stellungnahme",
  "mitteilung",
  "weisheit",
  "devise",
  "losung",
  "kernaussage",
  "schlussfolgerung",
]);

/** Nouns for what someone concluded or answered that hand the words after a colon to their owner: "Das
 * Fazit der Ministerin:", "Seine Antwort:". */
export const SPEECH_NOUNS = new Set([
  "fazit",
  "bilanz",
  "antwort",
  "kommentar",
  "worte",
  "urteil",
  "meinung",
  "einschätzung",
  "reaktion",
  "appell",
  "botschaft",
  "forderung",
  "warnung",
  "prognose",
]);

/** Nouns for words carried or chanted: "Transparente mit der Aufschrift „…“", "Parolen wie „…“". */
export const SLOGAN_NOUNS = new Set([
  "aufschrift",
  "parole",
  "parolen",
  "slogan",
  "slogans",
  "spruch",
  "sprüche",
  "sprüchen",
  "sprechchöre",
  "sprechchören",
  "rufen",
]);

/** The words of a set as they stand capitalized in a text, for a cheap test on the sentence text before
 * its tokens are scanned (case-sensitive, as a noun is written). */
function capitalizedIn(words: Iterable<string>): RegExp {
  return new RegExp([...words].map((w) => w[0]!.toUpperCase() + w.slice(1)).join("|"));
}
export const WORDS_NOUN_TEXT = capitalizedIn(WORDS_NOUNS);
export const SLOGAN_TEXT = capitalizedIn(SLOGAN_NOUNS);

/** Nouns for what someone has in mind that name their owner's view after "nach" and a genitive name:
 * "Nach Schäubles Idee soll …", "nach Müllers Vorstellungen". */
export const VIEW_NOUNS = new Set(["idee", "ideen", "vorstellung", "vorstellungen", "überzeugung"]);

/** Endings of nouns that name a source after "nach": "nach Angaben", "nach Expertenmeinung", "nach
 * Polizeiberichten" (case-insensitive, on the word as written). */
export const SOURCE_NOUN_ENDING =
  /(angaben|informationen|meinung|einschätzung|schätzungen|erkenntnissen|ermittlungen|recherchen|darstellung|aussagen?|worten|umfragen?|studien?|berechnungen|berichten|ansicht|auffassung|vernehmen|kenntnis|bericht|stellungnahme|analyse|auswertung)$/i;

/** Source nouns after a possessive: "nach seinen Worten", "nach ihrer Einschätzung". */
export const POSSESSED_SOURCE_NOUNS = new Set([
  "angaben",
  "worten",
  "aussage",
  "aussagen",
  "darstellung",
  "einschätzung",
  "ansicht",
  "auffassung",
  "meinung",
  "kenntnis",
]);

/** Source nouns that name no source of their own in a compound: "nach Angaben", not "nach dpa-Angaben"
 * (case-insensitive, at the start of the word). */
export const GENERIC_SOURCE_NOUN = /^(angaben|informationen|berichten|meinung)/i;

/** A compound that names its source before the hyphen: "nach dpa-Informationen". */
export const SOURCE_COMPOUND = /-(informationen|angaben|recherchen)$/i;

/** "Berichten", "Medienberichten" name nobody; "ai-Bericht", "OSZE-Bericht" do. */
export const VAGUE_REPORT = /^(medien|presse|zeitungs)?berichte?n?$/;

/** A source word that names nobody: "nach Berichten", "nach Medieninformationen" (case-insensitive). */
export const VAGUE_SOURCE_WORD = /^(berichten|medien)/i;

/** "von russischer Seite": a side, not a speaker. */
export const SIDE_NOUNS = new Set(["seite", "seiten"]);

/** Determiners of "Worten" in "mit den Worten „…“", "mit folgenden Worten: „…“". */
export const WORDS_DETERMINERS = new Set(["den", "diesen", "seinen", "ihren", "folgenden"]);

/** Words before a quoted object moved before its verb: "Als „Geschenk“ bezeichnet sie", "von einer
 * „Kampagne“ sprach er". */
export const BEFORE_FRONTED_QUOTE = new Set([
  "als",
  "von",
  "vor",
  "mit",
  "einer",
  "einen",
  "einem",
  "eine",
  "ein",
]);

/** Platforms named after "auf", "bei", "über" as the channel of a statement (as written). */
export const PLATFORMS = new Set([
  "X",
  "Twitter",
  "Telegram",
  "Facebook",
  "Instagram",
  "Truth",
  "TikTok",
  "Youtube",
  "YouTube",
  "Bluesky",
  "Threads",
]);

/** Nouns for a channel with a name after them: "auf der Plattform X", "im Onlinedienst Y" (case-insensitive,
 * anywhere in the word). */
export const CHANNEL_NOUN = /plattform|dienst|netzwerk|kanal|account|konto/i;

/** Nouns of a speech act whose content follows after a comma as a zu-, dass-, ob- or Konjunktiv clause:
 * "die Forderung des Verbands, die Steuern zu senken", "der Ankündigung der Ministerin, dass …". */
export const COMPLEMENT_SPEECH_NOUNS = new Set([
  "forderung",
  "forderungen",
  "aufforderung",
  "ankündigung",
  "appell",
  "appells",
  "aufruf",
  "aufrufs",
  "vorschlag",
  "vorschlags",
  "vorwurf",
  "vorwurfs",
  "vorwürfe",
  "behauptung",
  "warnung",
  "zusage",
  "versprechen",
  "versprechens",
  "drohung",
  "bitte",
  "angebot",
  "angebots",
  "argument",
  "arguments",
  "einwand",
  "einwands",
  "begründung",
  "ankündigungen",
  "anfrage",
  "anfragen",
  "mahnung",
  "empfehlung",
  "plan",
  "plans",
  "pläne",
]);

/** Nouns of a speech act that a verb makes the subject's own when they stand as its object, their content
 * after a comma: "vertrat die These, …", "fasste den Beschluss, …", "ist der Auffassung, dass …", "mit der
 * Aufforderung, …", "kam zu dem Schluss, dass …". Not the nouns of what others said ("wies den Vorwurf
 * zurück" answers someone else's): those need a verb from SPEECH_NOUN_VERBS. */
export const OBJECT_SPEECH_NOUNS = new Set([
  "these",
  "bedingung",
  "beschluss",
  "befehl",
  "hinweis",
  "erlaubnis",
  "auffassung",
  "ansicht",
  "meinung",
  "überzeugung",
  "standpunkt",
  "position",
  "einschätzung",
  "vermutung",
  "befürchtung",
  "anweisung",
  "weisung",
  "zusicherung",
  "versicherung",
  "erklärung",
  "feststellung",
  "forderung",
  "aufforderung",
  "ankündigung",
  "appell",
  "aufruf",
  "vorschlag",
  "vorwurf",
  "behauptung",
  "warnung",
  "zusage",
  "versprechen",
  "drohung",
  "bitte",
  "angebot",
  "argument",
  "einwand",
  "begründung",
  "empfehlung",
  "mahnung",
  "schluss",
  "erkenntnis",
  "prognose",
]);

/** Verbs that make a speech act of such an object (finite forms, participles and infinitives, lower case):
 * "vertreten" a thesis, "machen" a proposal, "stellen"/"erheben" a demand, "fassen" a decision, "erteilen"
 * an order, "aussprechen"/"äußern"/"abgeben" a warning or a declaration, "sein" of an opinion ("ist der
 * Ansicht"), "kommen"/"gelangen" to a conclusion. */
export const SPEECH_NOUN_VERBS = new Set([
  ...["vertritt", "vertrat", "vertraten", "vertreten"],
  ...["macht", "machte", "machten", "gemacht", "machen"],
  ...["stellt", "stellte", "stellten", "gestellt", "stellen"],
  ...["erhebt", "erhob", "erhoben", "erheben"],
  ...["fasst", "fasste", "fassten", "gefasst", "fassen"],
  ...["erteilt", "erteilte", "erteilten", "erteilen"],
  ...["gibt", "gab", "gaben", "gegeben", "geben"],
  ...["spricht", "sprach", "sprachen", "ausgesprochen", "aussprechen"],
  ...["äußert", "äußerte", "äußerten", "geäußert", "äußern"],
  ...["erneuert", "erneuerte", "erneuerten", "erneuern"],
  ...["bekräftigt", "bekräftigte", "bekräftigten", "bekräftigen"],
  ...["wiederholt", "wiederholte", "wiederholten", "wiederholen"],
  ...["unterbreitet", "unterbreitete", "unterbreiteten", "unterbreiten"],
  ...["richtet", "richtete", "richteten", "gerichtet", "richten"],
  ...["legt", "legte", "legten", "vorgelegt", "vorlegen"],
  ...["trifft", "traf", "trafen", "getroffen", "treffen"],
  ...["zieht", "zog", "zogen", "gezogen", "ziehen"],
  ...["teilt", "teilte", "teilten", "geteilt", "teilen"],
  ...["ist", "war", "sind", "waren", "sei", "seien", "wäre", "wären", "gewesen", "sein"],
  ...["kommt", "kam", "kamen", "gekommen", "kommen", "gelangt", "gelangte", "gelangten", "gelangen"],
]);

/** Particles of those verbs at the end of their clause, after the noun: "sprach die Warnung aus, …". */
export const SPEECH_NOUN_VERB_PARTICLES = new Set(["aus", "ab", "auf", "vor"]);

/** Nouns of a report, a claim or a count whose source clause says what they say: "Gerüchte, nach denen …",
 * "ein Bericht der Agentur X, wonach …", "eine Schätzung, wonach …" (lower case, at the end of the word, so
 * compounds too: "Pressemeldungen", "Meinungsumfragen"). Not a law or a treaty: "Artikel 5, wonach …" states
 * a rule, nobody's report. */
export const REPORT_NOUN =
  /(bericht|meldung|mitteilung|studie|umfrage|schätzung|gerücht|angabe|information|version|darstellung|aussage|behauptung|vorwurf|vorwürfe|hinweis|befund|erkenntnis|spekulation|vermutung|prognose|gutachten|analyse|auswertung|antrag|anträge)(e|en|n|s|es|se|sen)?$/;

/** Correlates between "mit dem Hinweis" and its content clause: "mit dem Hinweis darauf, dass …". */
export const MIT_PHRASE_CORRELATES = new Set(["darauf", "dafür", "davor"]);

/** Nouns of words that carry a content clause only in a "mit" phrase: "schloss mit den Worten, …". */
export const MIT_SPEECH_NOUNS = new Set(["worten"]);
