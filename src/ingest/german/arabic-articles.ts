// Name particles of Arabic (and a few others) written joined to the name by a hyphen, as German news
// prints them: "al-Assad", "el-Baradei", "bin-Salman". As written (lower case).

export const HYPHENATED_NAME_ARTICLES: readonly string[] = ["al", "el", "de", "ad", "as", "bin", "ibn"];
