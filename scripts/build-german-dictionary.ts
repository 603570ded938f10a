// Builds the compact German dictionary file from the installed german-pos-dict packages (run by
// `npm run build:dictionary`, and by `prepare` after every install), so that the first extraction does not
// pay for parsing 13 MB of JSON. Extraction builds it itself when it is missing.
import { statSync } from "node:fs";
import { ensureDictionaryFile } from "../src/ingest/german/dictionary.ts";

const started = performance.now();
const path = ensureDictionaryFile();
const ms = Math.round(performance.now() - started);
console.log(`german dictionary: ${path} (${(statSync(path).size / 1e6).toFixed(1)} MB, ${ms} ms)`);
