// Quantifiers that open a partitive phrase of a plural group: "Einige der Abgeordneten", "Viele der
// Demonstranten". Lower case. The phrase is the group's, and it is plural.

export const PLURAL_PARTITIVES = new Set(["einige", "viele", "manche", "mehrere", "etliche", "wenige"]);
