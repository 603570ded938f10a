// Other articles with this article's headline (no url; the same title, source and publishedAt), which
// the id alone cannot tell apart (docs/graph-model.md, "Article identity"): the writer decides from
// their text and file whether this article is one of them or a different one that shares the headline.
// @param id: "art-0123456789abcdef"
// @param title: "t"
// @param source: "dpa"
// @param publishedAt: "2025-12-21"
MATCH (a:Article {title: $title})
WHERE a.id <> $id AND a.url IS NULL
  AND coalesce(a.source, '') = coalesce($source, '')
  AND coalesce(a.publishedAt, '') = coalesce($publishedAt, '')
RETURN a.id AS id, a.file AS file, a.contentHash AS contentHash, a.writerVersion AS writerVersion
ORDER BY id
