// Nouns of a norm or a decision that, opening a sentence after "nach", say whose rule or will the sentence
// reports: "Nach dem Grundgesetz ist …", "Nach der Verfassung muss …", "Nach dem Gesetzentwurf der Koalition
// sollen …", "Nach der Ankündigung der Ministerin soll …". Lower case.

/** Heads of the nouns of a norm, as the end of the word (compounds too: "Gesetzesentwurf",
 * "Reichsvermögensgesetz"), with their case endings. */
export const NORM_NOUN =
  /(gesetz|gesetzes|verfassung|artikel|paragraf|paragraph|paragrafen|paragraphen|vertrag|vertrags|vertrages|entwurf|entwurfs|entwurfes|verordnung|richtlinie|satzung)$/;

/** Heads of the nouns of a decision or plan: after "nach" they are as often "after" ("Nach dem Urteil ist er
 * frei"), so only a modal of what it lays down frames the sentence ("Nach der Ankündigung der Ministerin soll
 * …", "Nach dem Urteil muss …"). */
export const DECISION_NOUN =
  /(urteil|urteils|beschluss|beschlusses|ankündigung|entscheidung|plan|plans|planes|plänen|planungen|vorschlag|vorschlags|vorschlages|willen|wunsch|wunsches|vorstellungen)$/;

/** The modals of what a norm or decision lays down. */
export const NORM_MODALS = new Set(["soll", "sollen", "muss", "müssen", "darf", "dürfen"]);

/** Finite verbs that report what a norm or decision lays down, not what followed it in time: the present
 * of the modals and auxiliaries ("soll", "muss", "ist", "wird"), "gilt", "steht", and what a law does.
 * "Nach dem Urteil verließ er den Saal" (a past tense) is "after". */
export const NORM_VERBS = new Set([
  ...NORM_MODALS,
  ...["kann", "können"],
  ...["ist", "sind", "hat", "haben", "wird", "werden", "gilt", "gelten", "steht", "stehen"],
  // what a law does, in the present: "Nach Artikel 65 bestimmt der Kanzler …", "sieht … vor"
  ...[
    "bestimmt",
    "bestimmen",
    "sieht",
    "sehen",
    "schreibt",
    "regelt",
    "verbietet",
    "erlaubt",
    "verlangt",
    "legt",
  ],
]);

/** Words that link the parts of a norm's phrase before its verb: "der Gesetzentwurf der Koalition aus SPD
 * und Grünen", "die Verordnung zum Schutz von …". */
export const NORM_PHRASE_LINKS = new Set(["und", "aus", "von", "für", "zur", "zum"]);
