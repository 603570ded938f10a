// One page of nodes whose primary label is $label (nodes that also carry a label earlier in the
// export's precedence, listed in $exclude, are exported under that one), in id order, keyset-paged.
// The export replaces `$($label)` by the allowlisted static label so the id index serves the page.
// @param label: "Person"
// @param exclude: ["Article"]
// @param after: ""
// @param limit: 500
MATCH (n:$($label))
WHERE n.id > $after AND none(l IN labels(n) WHERE l IN $exclude)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
       [k IN keys(n) | [k, valueType(n[k])]] AS types
ORDER BY n.id
LIMIT toInteger($limit)
