// Stretches of article texts, for Statement.context and sentence: only the characters asked for, not
// the whole text of every article on a page. $windows carry UTF-16 offsets (as the API's spans); Cypher
// counts code points, which differ once a character outside the BMP (an emoji) stands in the text: for
// such a text no stretch is returned (astral: true) and the caller cuts it from the whole text.
// @param windows: [{"key": "k", "id": "x", "from": 0, "to": 10}]
UNWIND $windows AS w
MATCH (a:Article {id: w.id})
WITH a, collect(w) AS ws
// Once per article, not per window: a long text with many statements is scanned once.
WITH a.text AS text, ws, a.text =~ '(?s).*[\\x{10000}-\\x{10FFFF}].*' AS astral
UNWIND ws AS w
RETURN w.key AS key, CASE WHEN astral THEN null ELSE substring(text, w.from, w.to - w.from) END AS text, astral
