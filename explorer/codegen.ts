// GraphQL Code Generator: the explorer's operations (explorer/src/operations/*.graphql) checked against
// the printed schema and turned into TypeScript types. `npm run codegen` writes them;
// test/unit/explorer/codegen.test.ts fails when the schema or an operation changes without it, and
// when an operation no longer fits the schema.
import type { CodegenConfig } from "@graphql-codegen/cli";

export const codegenConfig: CodegenConfig = {
  schema: "schema.graphql",
  documents: "explorer/src/operations/*.graphql",
  generates: {
    "explorer/src/generated/graphql.ts": {
      plugins: ["typescript-operations"],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        scalars: { JSON: "unknown" },
      },
    },
  },
};

export default codegenConfig;
