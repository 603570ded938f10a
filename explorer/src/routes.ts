// Every view has a URL (hash routes, so the server serves one page): entity pages by type and global
// id, e.g. #/person/UGVyc29uOmtpcmlsbC1kbWl0cmlqZXc=. Pure, so unit tests cover it.

/** The entity types that have a page, and the word their URLs use. */
export const ENTITY_ROUTES = {
  Person: "person",
  Organization: "organization",
  Place: "place",
  Meeting: "meeting",
  Topic: "topic",
} as const;

export type EntityType = keyof typeof ENTITY_ROUTES;

export function isEntityType(type: string): type is EntityType {
  return Object.hasOwn(ENTITY_ROUTES, type);
}

/** The page of an entity, or null for types without one (statements have their provenance view). */
export function entityHref(type: string, id: string): string | null {
  return isEntityType(type) ? `#/${ENTITY_ROUTES[type]}/${encodeURIComponent(id)}` : null;
}

/** The global id an entity page's hash names, or null when the hash is not an entity page. */
export function entityIdFromHash(hash: string): string | null {
  const words = Object.values(ENTITY_ROUTES).join("|");
  const match = new RegExp(`^#/(?:${words})/([^?]+)$`).exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}
