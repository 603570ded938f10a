// Question: Where exactly does a statement come from? Article, offsets, outlet, the quoted text as it
//           stands in the article, the cue and the speaker mention, and the context around it.
// Params:   $statementId STRING or null  a Statement id: the API's ("U3RhdGVtZW50Oi…", base64 of
//                                        "Statement:<id>") or the node's ("<articleId>:<start>-<end>")
//           $quote       STRING or null  or: every statement whose text contains this, case-insensitive
//                                        (a quote outlives re-extraction; an id's offsets may not)
// Meaning:  `textAtOffsets` is substring(article.text, start, end - start); `offsetsMatch` proves it equals
//           the stored statement text. (Offsets are UTF-16 units as JavaScript counts them; Cypher counts
//           code points — the same for all text without characters beyond U+FFFF, e.g. emoji.)
//           Several matches come in publication order.
// Example (on the sample corpus: Dmitrijew's post after the Miami talks):
//   npx newsgraph cypher -P "{statementId: null, quote: 'Danke, Miami'}" -f cypher/analyst/06-statement-provenance.cypher
//   Neo4j Browser: :param {statementId: null, quote: 'Danke, Miami'}, then this file's query
// @param statementId: null
// @param quote: "Danke, Miami"
// Ids as the API gives them: a Relay global id is base64 of "<Type>:<id>". Decoded here (node ids are
// ASCII), it finds the node with that id whose labels include <Type>, as the API's filters do.
WITH [name IN [$statementId] | CASE WHEN name =~ '[A-Za-z0-9+/]{4,}={0,2}' AND size(name) % 4 = 0 THEN
  reduce(s = '', v IN [q IN range(0, size(name) / 4 - 1) | reduce(v = 0, c IN split(substring(name, 4 * q, 4), '') |
    v * 64 + CASE c WHEN '=' THEN 0 ELSE size(split('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', c)[0]) END)] |
    s + reduce(t = '', b IN [b IN [v / 65536, v / 256 % 256, v % 256] WHERE 45 <= b <= 122] |
      t + substring('-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz', b - 45, 1)))
  END] AS decoded
WITH [d IN decoded | CASE WHEN d =~ '[A-Z][A-Za-z]*:.+' THEN [split(d, ':')[0], substring(d, size(split(d, ':')[0]) + 1)] END] AS gid
CALL (gid) {
  MATCH (s:Statement)
  WHERE s.id = $statementId OR (s.id = gid[0][1] AND gid[0][0] = 'Statement')
  RETURN s
  UNION
  MATCH (s:Statement)
  WHERE toLower(s.text) CONTAINS toLower($quote)
  RETURN s
}
MATCH (s)-[r:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (s)-[sb:SAID_BY]->(speaker)
OPTIONAL MATCH (s)-[:VIA]->(channel:Organization)
WITH s, r, a, sb, speaker, collect(channel.name) AS via,
     substring(a.text, s.start, s.end - s.start) AS textAtOffsets
RETURN s.id AS statementId, s.kind AS kind, s.text AS text, s.start AS start, s.end AS end,
       textAtOffsets, textAtOffsets = s.text AS offsetsMatch,
       s.cueText AS cue, s.cueStart AS cueStart, s.cueEnd AS cueEnd, s.rule AS rule, s.confidence AS confidence,
       speaker.name AS speaker, sb.mentionText AS speakerMention, sb.start AS speakerMentionStart,
       sb.end AS speakerMentionEnd, sb.rule AS speakerRule, via,
       a.id AS articleId, a.title AS articleTitle, a.source AS outlet, a.sources AS outlets,
       a.publishedAt AS publishedAt, a.url AS url, a.file AS file,
       substring(a.text, CASE WHEN s.start > 160 THEN s.start - 160 ELSE 0 END,
                 CASE WHEN s.start > 160 THEN 160 ELSE s.start END) AS contextBefore,
       substring(a.text, s.end, 160) AS contextAfter,
       [(s)-[ab:ABOUT]->(x) | {name: x.name, via: ab.via}] AS about
ORDER BY publishedAt, statementId
