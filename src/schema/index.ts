// Imports every type file (each registers itself on the builder) and builds the schema once.
import { builder } from "./builder.ts";
import "./types/health.ts";

export const schema = builder.toSchema({ sortSchema: true });
