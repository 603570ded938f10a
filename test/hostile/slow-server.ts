// A server as `newsgraph start` runs it (serveUntilSignal, shutdown in reverse order, the real yoga),
// except that each request waits HOLD_MS before yoga sees it, so that a test can send SIGTERM while
// requests are in flight. Run by shutdown.int.test.ts: tsx slow-server.ts <neo4jUri> <user> <password>.
import type http from "node:http";
import { closeDriver, useNeo4j } from "../../src/neo4j/driver.ts";
import { serveGraphQL, serveUntilSignal, shutdownInReverse } from "../../src/server.ts";

const HOLD_MS = Number(process.env.HOLD_MS ?? 1_500);
const [uri, user, password] = process.argv.slice(2) as [string, string, string];

const code = await serveUntilSignal(async () => {
  await useNeo4j(uri, user, password);
  const { createNewsgraphYoga } = await import("../../src/http/yoga.ts");
  const yoga = createNewsgraphYoga({ explorerDir: false });
  const held: http.RequestListener = (req, res) => {
    setTimeout(() => void yoga(req, res), HOLD_MS);
  };
  const shutdown = shutdownInReverse();
  shutdown.defer(async () => {
    await closeDriver();
    console.log("driver closed");
  });
  const url = await serveGraphQL(shutdown, { handler: held, port: 0 });
  return { url, close: shutdown.close };
});
console.log(`exit ${code}`);
process.exit(code);
