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
