// Question: Which claims does the same speaker make in more than one article — repeated (or
//           contradicted) across outlets?
// Params:   $speaker       STRING or null  restrict to one speaker (name, alias or id, also the API's
//                                          global id); null = everyone
//           $minSimilarity FLOAT           0..1, e.g. 0.3
// Meaning:  "similar" is concrete and explainable: each text is lower-cased, punctuation and quote marks
//           become spaces, words of 4+ letters are cut to their first 6 letters (a crude German stem:
//           konstruktiv/konstruktive → konstr); similarity = Jaccard overlap of the two stem sets
//           (shared / all). Pairs of statements by the same speaker from DIFFERENT articles with
//           similarity >= $minSimilarity are returned. `polarityDiffers` marks pairs where exactly one
//           text is negated (nicht/kein…/nie/niemals): candidates for a contradiction, for a reader to judge.
// Example (on the sample corpus):
//   npx newsgraph cypher -P "{speaker: 'Witkoff', minSimilarity: 0.3}" -f cypher/analyst/05-repeated-or-contradicting-claims.cypher
//   Neo4j Browser: :param {speaker: 'Witkoff', minSimilarity: 0.3}, then this file's query
// @param speaker: null
// @param minSimilarity: 0.3
// Ids as the API gives them: a Relay global id is base64 of "<Type>:<id>". Decoded here (node ids are
// ASCII), it finds the node with that id whose labels include <Type>, as the API's filters do.
WITH [name IN [$speaker] | CASE WHEN name =~ '[A-Za-z0-9+/]{4,}={0,2}' AND size(name) % 4 = 0 THEN
  reduce(s = '', v IN [q IN range(0, size(name) / 4 - 1) | reduce(v = 0, c IN split(substring(name, 4 * q, 4), '') |
    v * 64 + CASE c WHEN '=' THEN 0 ELSE size(split('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', c)[0]) END)] |
    s + reduce(t = '', b IN [b IN [v / 65536, v / 256 % 256, v % 256] WHERE 45 <= b <= 122] |
      t + substring('-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz', b - 45, 1)))
  END] AS decoded
WITH [d IN decoded | CASE WHEN d =~ '[A-Z][A-Za-z]*:.+' THEN [split(d, ':')[0], substring(d, size(split(d, ':')[0]) + 1)] END] AS gid
MATCH (s1:Statement)-[:SAID_BY]->(sp)<-[:SAID_BY]-(s2:Statement)
WHERE s1.articleId < s2.articleId
  AND ($speaker IS NULL OR sp.id = $speaker OR toLower(sp.name) = toLower($speaker)
       OR (sp.id = gid[0][1] AND gid[0][0] IN labels(sp))
       OR any(alias IN coalesce(sp.aliases, []) WHERE toLower(alias) = toLower($speaker)))
WITH sp, s1, s2,
     [t IN [s1.text, s2.text] |
       reduce(x = toLower(t), c IN ['.', ',', ';', ':', '!', '?', '"', '„', '“', '”', '‚', '‘', '’', "'", '«', '»', '(', ')', '–', '—', '-', '/', '\n'] |
         replace(x, c, ' '))] AS norm
WITH sp, s1, s2, norm,
     [t IN norm | reduce(acc = [], w IN split(t, ' ') |
       CASE WHEN size(w) < 4 OR left(w, 6) IN acc THEN acc ELSE acc + left(w, 6) END)] AS stems
WITH sp, s1, s2, norm, stems[0] AS a, stems[1] AS b
WITH sp, s1, s2, norm, a, b, size([w IN a WHERE w IN b]) AS shared
WITH sp, s1, s2, norm, a, b, shared,
     CASE WHEN size(a) + size(b) - shared = 0 THEN 0.0
          ELSE toFloat(shared) / (size(a) + size(b) - shared) END AS similarity
WHERE similarity >= $minSimilarity
MATCH (s1)-[:REPORTED_IN]->(a1:Article)
MATCH (s2)-[:REPORTED_IN]->(a2:Article)
WITH sp, s1, s2, a1, a2, similarity, shared,
     [t IN norm | any(w IN split(t, ' ') WHERE w IN ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'nie', 'niemals'])] AS negated
RETURN sp.name AS speaker, round(similarity, 2) AS similarity, shared AS sharedStems,
       negated[0] <> negated[1] AS polarityDiffers,
       s1.text AS text1, a1.source AS outlet1, a1.publishedAt AS published1, s1.id AS statement1,
       s2.text AS text2, a2.source AS outlet2, a2.publishedAt AS published2, s2.id AS statement2,
       coalesce(a1.source, '') <> coalesce(a2.source, '') AS differentOutlets
ORDER BY similarity DESC, speaker, statement1, statement2
