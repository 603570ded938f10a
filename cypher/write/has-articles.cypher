// Whether the database holds any article: `npm start` ingests the sample corpus only into an empty one.
RETURN EXISTS { MATCH (:Article) } AS any
