// The API server that bench/hostile.ts attacks, in its own process so that its RSS is its own:
// tsx bench/hostile-server.ts <neo4jUri> <user> <password>; prints "URL <url>" once listening.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { useNeo4j } from "../src/neo4j/driver.ts";

const [uri, user, password] = process.argv.slice(2) as [string, string, string];
await useNeo4j(uri, user, password);
const { createNewsgraphYoga } = await import("../src/http/yoga.ts");
const server = http.createServer(createNewsgraphYoga({ explorerDir: false, logError: () => {} }));
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
console.log(`URL http://127.0.0.1:${(server.address() as AddressInfo).port}`);
process.on("SIGTERM", () => process.exit(0));
