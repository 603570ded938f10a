// Question: Where exactly does a statement come from? Article, offsets, outlet, the quoted text as it
//           stands in the article, the cue and the speaker mention, and the context around it.
// Params:   $statementId STRING  a Statement id ("<articleId>:<start>-<end>")
// Meaning:  `textAtOffsets` is substring(article.text, start, end - start); `offsetsMatch` proves it equals
//           the stored statement text. (Offsets are UTF-16 units as JavaScript counts them; Cypher counts
//           code points — the same for all text without characters beyond U+FFFF, e.g. emoji.)
// Example:
//   :param {statementId: 'art-0123456789abcdef:120-180'}
//   cypher-shell -P "{statementId: 'art-…:120-180'}" -f cypher/analyst/06-statement-provenance.cypher
// @param statementId: "art-0000000000000000:0-10"
MATCH (s:Statement {id: $statementId})-[r:REPORTED_IN]->(a:Article)
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
