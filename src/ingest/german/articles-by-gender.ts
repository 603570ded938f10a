// Articles by the gender they give a speaker phrase. A speaker is the subject of its clause, so the
// nominative reading counts: "der Sprecher" is masculine, though "der" is also a feminine genitive. Lower case.

/** Articles of a masculine (or neuter) singular noun: "der Sprecher", "ein Vertreter", "des Ministers". */
export const MASCULINE_ARTICLES = new Set(["der", "ein", "dem", "des", "einem", "eines"]);

/** Articles of a feminine singular noun (or, for "die", of a plural): "die Sprecherin", "eine Vertreterin". */
export const FEMININE_ARTICLES = new Set(["die", "eine", "einer"]);
