// Calendar words of German. Lower case.

export const WEEKDAYS: readonly string[] = [
  "sonntag",
  "montag",
  "dienstag",
  "mittwoch",
  "donnerstag",
  "freitag",
  "samstag",
];

/** Month names in calendar order. */
export const MONTHS: readonly string[] = [
  "januar",
  "februar",
  "märz",
  "april",
  "mai",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "dezember",
];

/** The Austrian name of January. */
export const JAENNER = "jänner";

/** Month abbreviations as printed before their full stop ("Jan.", "Sept."), with the month's number. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  febr: 2,
  mär: 3,
  mrz: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dez: 12,
};

/** Nouns of a time of day or week ("am Sonntag", "am Mittwochabend"), case-insensitive. */
export const TIME_NOUN = /tag$|woche|nacht|abend|morgen/i;
