// Forms of single verbs that a rule names by themselves. Lower case.

/** The forms of "gehen" in the idiom "Geht es nach X, …" / "Wenn es nach X ginge, …". */
export const GEHT_FORMS = new Set(["geht", "ginge", "ging"]);

/** Modal infinitives that close a double infinitive: "hätte gewinnen können". */
export const MODAL_INFINITIVES = new Set(["können", "müssen", "sollen", "dürfen"]);
