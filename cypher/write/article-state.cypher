// The stored content hash of an article, read inside the article's write transaction: the same hash
// means "unchanged" (nothing is written), another hash means "updated" (its old facts are detached first).
// @param id: "art-0123456789abcdef"
MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash
