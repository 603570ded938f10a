// The Pothos plugin that puts input-bounds.ts and response-budget.ts on every field: the bounds of each
// argument and input field go into its description (and so into schema.graphql), fields with arguments
// check them before their resolver runs, and fields returning strings or JSON count what they return.
import SchemaBuilder, {
  BasePlugin,
  type PothosInputFieldConfig,
  type PothosInputFieldType,
  type PothosOutputFieldConfig,
  type PothosOutputFieldType,
  type SchemaTypes,
} from "@pothos/core";
import type { GraphQLArgument, GraphQLFieldResolver, GraphQLResolveInfo } from "graphql";
import { boundOf, checkValue, describeBound, needsCheck } from "./input-bounds.ts";
import { COUNTS_ITS_BYTES, sizeOf, spend } from "./response-budget.ts";

const PLUGIN = "limits";

declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      limits: LimitsPlugin<Types>;
    }
  }
}

function typeName(ref: unknown): string {
  if (typeof ref === "string") return ref;
  return (ref as { name?: string })?.name ?? String(ref);
}

function namedInput(type: PothosInputFieldType<SchemaTypes>): { name: string; isList: boolean } {
  if (type.kind === "List") return { name: namedInput(type.type).name, isList: true };
  return { name: typeName(type.ref), isList: false };
}

function namedOutput(type: PothosOutputFieldType<SchemaTypes>): string {
  return type.kind === "List" ? namedOutput(type.type) : typeName(type.ref);
}

/** Output types whose values can be large: counted against the response budget. */
const COUNTED_OUTPUTS = new Set(["String", "ID", "JSON"]);

function boundText(config: PothosInputFieldConfig<SchemaTypes>, coordinate: string, sentence: boolean) {
  const { name, isList } = namedInput(config.type);
  return describeBound(boundOf(coordinate, config.name), isList, name, sentence);
}

const argsOfField = new WeakMap<object, readonly GraphQLArgument[]>();

function checkArgs(args: Record<string, unknown>, info: GraphQLResolveInfo): void {
  const field = info.parentType.getFields()[info.fieldName];
  if (!field) return;
  const coordinate = `${info.parentType.name}.${info.fieldName}`;
  for (const arg of field.args) {
    checkValue(args[arg.name], arg.type, boundOf(`${coordinate}.${arg.name}`, arg.name), arg.name);
  }
}

function isPromiseLike(v: unknown): v is PromiseLike<unknown> {
  return typeof (v as PromiseLike<unknown> | null)?.then === "function";
}

export class LimitsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  /** Input object fields carry their bound in their own description. */
  override onInputFieldConfig(fieldConfig: PothosInputFieldConfig<Types>): PothosInputFieldConfig<Types> {
    if (fieldConfig.kind === "Arg") return fieldConfig;
    const coordinate = `${fieldConfig.parentType}.${fieldConfig.name}`;
    const text = boundText(fieldConfig as PothosInputFieldConfig<SchemaTypes>, coordinate, true);
    if (!text) return fieldConfig;
    const description = fieldConfig.description ? `${fieldConfig.description} ${text}` : text;
    return { ...fieldConfig, description };
  }

  /**
   * Arguments' bounds go into their field's description: an argument with a description of its own
   * would print the field's argument list over many lines.
   */
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    const parts = Object.values(fieldConfig.args)
      .map((arg) => {
        const coordinate = `${fieldConfig.parentType}.${fieldConfig.name}.${arg.name}`;
        const text = boundText(arg as PothosInputFieldConfig<SchemaTypes>, coordinate, false);
        return text ? `${arg.name} ${text}` : "";
      })
      .filter(Boolean);
    if (parts.length === 0) return fieldConfig;
    const text = `Bounds: ${parts.join("; ")}.`;
    const description = fieldConfig.description ? `${fieldConfig.description} ${text}` : text;
    return { ...fieldConfig, description };
  }

  /** Counts what string and JSON fields return against the response budget. */
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    if (!COUNTED_OUTPUTS.has(namedOutput(fieldConfig.type as PothosOutputFieldType<SchemaTypes>))) {
      return resolver;
    }
    // A field that counts its own bytes before it fetches them (Article.text) is not counted twice.
    if (fieldConfig.extensions?.[COUNTS_ITS_BYTES]) return resolver;
    return (parent, args, context, info) => {
      const result = resolver(parent, args, context, info);
      const max = (context as { maxResponseBytes?: number }).maxResponseBytes;
      if (!max) return result;
      if (isPromiseLike(result)) {
        return Promise.resolve(result).then((v) => {
          spend(context as object, max, sizeOf(v));
          return v;
        });
      }
      spend(context as object, max, sizeOf(result));
      return result;
    };
  }

  /** Checks the arguments as the client sent them, before any mapping (the relay plugin decodes ids). */
  override wrapArgMappers(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> | undefined {
    if (!resolver || Object.keys(fieldConfig.args).length === 0) return resolver;
    return (parent, args, context, info) => {
      const field = info.parentType.getFields()[info.fieldName];
      let list = field ? argsOfField.get(field) : undefined;
      if (field && !list) {
        list = needsCheck(field.args, `${info.parentType.name}.${info.fieldName}`) ? field.args : [];
        argsOfField.set(field, list);
      }
      if (list?.length) checkArgs(args as Record<string, unknown>, info);
      return resolver(parent, args, context, info);
    };
  }
}

SchemaBuilder.registerPlugin(PLUGIN, LimitsPlugin);
