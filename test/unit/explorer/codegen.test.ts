// The explorer's operation types are generated from schema.graphql (explorer/codegen.ts). This test
// regenerates them in memory: it fails when an operation no longer fits the schema (a field removed or
// renamed breaks the explorer), and when the checked-in types are stale (`npm run codegen`).
import fs from "node:fs";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { codegenConfig } from "../../../explorer/codegen.ts";

describe("explorer operations", () => {
  it("fit the schema, and the generated types are current", async () => {
    const outputs = (await generate({ ...codegenConfig, silent: true }, false)) as Array<{
      filename: string;
      content: string;
    }>;
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const current = fs.existsSync(filename) ? fs.readFileSync(filename, "utf8") : "";
      expect(current, `${filename} is stale: run \`npm run codegen\``).toBe(content);
    }
  }, 30_000);

  it("an operation asking for a field the schema lacks fails generation", async () => {
    const broken = {
      ...codegenConfig,
      silent: true,
      documents: ["query Broken { statements(first: 1) { edges { node { noSuchField } } } }"],
    };
    await expect(generate(broken, false)).rejects.toThrow();
  }, 30_000);
});
