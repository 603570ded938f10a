// Name particles of Arabic (and a few others) written joined to the name by a hyphen, as German news
// prints them: "al-Assad", "el-Baradei", "bin-Salman", and the article assimilated to the sound after it
// ("az-Zawahiri", "asch-Scharaa", "at-Tayyib", "an-Nahar", "ar-Rifai"). As written (lower case).

export const HYPHENATED_NAME_ARTICLES: readonly string[] = [
  "al",
  "el",
  "de",
  "ad",
  "as",
  "az",
  "asch",
  "at",
  "an",
  "ar",
  "bin",
  "ibn",
];

/** "al-Sawahiri", "al-Hariri": a name word opened by one of these particles and its hyphen. */
export const ARTICLE_AND_NAME = new RegExp(`^(?:${HYPHENATED_NAME_ARTICLES.join("|")})-\\p{Lu}\\p{Ll}`, "u");
