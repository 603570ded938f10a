// Entry of an extraction thread. Module hooks are per thread: the tsx loader that bin/newsgraph.js
// registers in the main thread does not reach a worker (only a loader given on the command line, as
// `tsx` and `npx tsx` do, is inherited), so the worker registers its own before it imports TypeScript.
import { register } from "tsx/esm/api";

register();
const { extractTask } = await import("./extract-task.ts");

export default extractTask;
