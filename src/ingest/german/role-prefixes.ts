// Prefixes of a role compound that say when or for how long someone holds the role, never whose role it
// is: "Ex-Außenminister", "Juventus-Ex-Sportdirektor", "Noch-Präsident", "Interims-Trainer". Lower case.
export const TEMPORAL_ROLE_PREFIXES = new Set(["ex", "alt", "noch", "interims", "übergangs"]);
