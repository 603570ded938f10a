import {
  DEFAULT_ORDER,
  decodeStatementCursor,
  encodeStatementCursor,
  ORDER_FIELDS,
  type StatementOrder,
} from "../../filters/cursors.ts";
import {
  resolveStatementWhere,
  statementBatchCountQuery,
  statementBatchPageQuery,
  statementCountQuery,
  statementPageQuery,
} from "../../filters/statement-filter.ts";
import {
  ABOUT_HOWS,
  portable,
  type ResolvedStatementWhere,
  SPEAKER_TYPES,
  type StatementScope,
  type StatementWhere,
} from "../../filters/statement-where.ts";
import { ROLE_KINDS, STATEMENT_KINDS } from "../../ingest/types.ts";
import { textWindowLoader, windowKey } from "../../loaders/article-text.ts";
import { asGraphNode, type GraphNode, loadRelated, type Related } from "../../loaders/graph.ts";
import { read } from "../../neo4j/run.ts";
import { builder } from "../builder.ts";
import {
  type ConnectionShape,
  cappedCount,
  once,
  pageWindow,
  type RelayArgs,
  TOTAL_COUNT_CAP,
  toConnection,
} from "../connections.ts";
import {
  ArticleRef,
  EntityRef,
  type MeetingRef,
  OrderDirectionEnum,
  OrganizationRef,
  type PersonRef,
  type PlaceRef,
  SpeakerRef,
  StatementRef,
  type TopicRef,
} from "../refs.ts";

export const StatementKindEnum = builder.enumType("StatementKind", {
  description:
    "DIRECT: a quotation; INDIRECT: reported speech (Konjunktiv); REPORTED: 'laut X', 'X zufolge'.",
  values: STATEMENT_KINDS,
});
export const RoleKindEnum = builder.enumType("RoleKind", { values: ROLE_KINDS });
const AboutHowEnum = builder.enumType("AboutHow", {
  description: "TEXT: named in the statement itself; CONTEXT: taken from its sentence, paragraph or article.",
  values: ABOUT_HOWS,
});
const SpeakerTypeEnum = builder.enumType("SpeakerType", { values: SPEAKER_TYPES });
const StatementOrderFieldEnum = builder.enumType("StatementOrderField", { values: ORDER_FIELDS });

const SpeakerWhereInput = builder.inputType("SpeakerWhere", {
  description: "Who said it. nationality, organization and roleKind must hold on the same affiliation.",
  fields: (t) => ({
    id: t.id({ description: "Global id or node id (kirill-dmitrijew) of a person or organization." }),
    name: t.string({ description: "Name or alias, case-insensitive (Dmitriev, Kreml)." }),
    nationality: t.string({
      description:
        "Country by name, alias or ISO code (Russland, Russia, RU): people affiliated with it or with a body PART_OF it (the Kremlin); without roleKind also organizations of that country.",
    }),
    roleKind: t.field({ type: RoleKindEnum }),
    organization: t.string({ description: "Organization by name or alias; includes its parts." }),
    type: t.field({ type: SpeakerTypeEnum }),
  }),
});

const AboutWhereInput = builder.inputType("AboutWhere", {
  description: "What it is about. Every given part must hold.",
  fields: (t) => ({
    place: t.string({ description: "The place, a place inside it, or a meeting held there (Miami)." }),
    meeting: t.string({ description: "Meeting id, global id or name." }),
    topic: t.string({ description: "Topic by name or alias (Sicherheitsgarantien)." }),
    entity: t.string({ description: "Any person, organization, place, topic or meeting." }),
    how: t.field({ type: AboutHowEnum, description: "Only links made this way." }),
  }),
});

export const StatementWhereInput = builder.inputType("StatementWhere", {
  description:
    'Filter for statements. Example (the headline question): { speaker: { nationality: "Russland", roleKind: NEGOTIATOR }, about: { place: "Miami" } }',
  fields: (t) => ({
    ids: t.idList({ description: "Statement global ids or node ids." }),
    speaker: t.field({ type: SpeakerWhereInput }),
    about: t.field({ type: AboutWhereInput }),
    kind: t.field({ type: [StatementKindEnum] }),
    publishedFrom: t.string({ description: "YYYY, YYYY-MM, YYYY-MM-DD or ISO date-time, inclusive." }),
    publishedTo: t.string({ description: "Inclusive at its precision: 2025-12 includes all of December." }),
    saidFrom: t.string({ description: "When it was said (saidOn, else the publication day)." }),
    saidTo: t.string(),
    source: t.string({ description: "Outlet or agency of the article (dpa, DIE ZEIT), case-insensitive." }),
    text: t.string({
      description: "Full-text query over the statement text (German stemming; Lucene syntax).",
    }),
    article: t.id({ description: "Article global id or node id." }),
    minConfidence: t.float(),
  }),
});

const StatementOrderInput = builder.inputType("StatementOrder", {
  fields: (t) => ({
    field: t.field({ type: StatementOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, required: true }),
  }),
});

export const StatementConnection = builder.connectionObject(
  {
    type: StatementRef,
    name: "StatementConnection",
    fields: (t) => ({
      totalCountIsExact: t.boolean({
        description: `false when more than ${TOTAL_COUNT_CAP.toLocaleString("en")} statements match: counting stops there and totalCount reports ${TOTAL_COUNT_CAP.toLocaleString("en")} (one request never walks the whole graph). Costs what totalCount costs, once for both.`,
        resolve: (c) => c.totalCountIsExact?.() ?? true,
      }),
    }),
  },
  { name: "StatementEdge" },
);

interface Span {
  start: number;
  end: number;
  text: string | null;
}
const SpanType = builder.objectRef<Span>("Span").implement({
  description: "Character offsets (UTF-16, end exclusive) into the article text.",
  fields: (t) => ({
    start: t.exposeInt("start", {}),
    end: t.exposeInt("end", {}),
    text: t.exposeString("text", { nullable: true }),
  }),
});

const AboutType = builder.objectRef<Related>("About").implement({
  description: "Something a statement is about, and how that was established.",
  fields: (t) => ({
    how: t.field({ type: AboutHowEnum, resolve: (a) => (a.rel.via === "TEXT" ? "TEXT" : "CONTEXT") }),
    entity: t.field({ type: EntityRef, resolve: (a) => a.node }),
  }),
});

export const MentionType = builder.objectRef<Related>("Mention").implement({
  description: "An entity named in a text, and how often.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (m) => m.node }),
    count: t.int({ resolve: (m) => Number(m.rel.count ?? 0) }),
  }),
});

function num(v: unknown): number | null {
  return typeof v === "number" ? v : null;
}
function str(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}
function span(s: GraphNode, prefix: string): Span | null {
  const start = num(s[`${prefix}Start`]);
  const end = num(s[`${prefix}End`]);
  return start === null || end === null ? null : { start, end, text: str(s[`${prefix}Text`]) };
}

/** Widens [start, end) to sentence boundaries; abbreviations may cut early, which is why `context` exists too. */
export function sentenceAround(text: string, start: number, end: number): string {
  const boundary = /[.!?…]["“”»«’]?\s|\n/g;
  let from = 0;
  for (const m of text.slice(0, start).matchAll(boundary)) from = (m.index ?? 0) + m[0].length;
  const after = /[.!?…]["“”»«’]?(?=\s|$)|\n/g;
  after.lastIndex = Math.max(end - 1, 0);
  const next = after.exec(text);
  const to = next ? next.index + (next[0] === "\n" ? 0 : next[0].length) : text.length;
  return text.slice(from, Math.max(to, end)).trim();
}

/** How far `sentence` looks for the sentence's ends on either side of the statement. */
const SENTENCE_REACH = 1_000;

/** The statement's article text from `from` to `to` (cut short at its end); null without an article. */
function textWindow(ctx: object, s: GraphNode, from: number, to: number): Promise<string | null> {
  const articleId = str(s.articleId);
  if (!articleId || to <= from) return Promise.resolve(null);
  return textWindowLoader(ctx).load(windowKey({ articleId, from, to }));
}

function firstOf(results: (Related[] | Error)[]): (GraphNode | Error)[] {
  return results.map((r) => (r instanceof Error ? r : (r[0]?.node ?? null))) as (GraphNode | Error)[];
}

StatementRef.implement({
  description: "Something someone said, as reported in an article.",
  fields: (t) => ({
    text: t.string({ resolve: (s) => String(s.text ?? "") }),
    kind: t.field({ type: StatementKindEnum, resolve: (s) => s.kind as (typeof STATEMENT_KINDS)[number] }),
    saidOn: t.string({
      nullable: true,
      description: "Day it was said, if the text says.",
      resolve: (s) => str(s.saidOn),
    }),
    publishedAt: t.string({ nullable: true, resolve: (s) => str(s.publishedAt) }),
    confidence: t.float({ nullable: true, resolve: (s) => num(s.confidence) }),
    rule: t.string({
      nullable: true,
      description: "The extraction rule that produced it.",
      resolve: (s) => str(s.rule),
    }),
    span: t.field({
      type: SpanType,
      resolve: (s) => ({ start: num(s.start) ?? 0, end: num(s.end) ?? 0, text: str(s.text) }),
    }),
    cue: t.field({
      type: SpanType,
      nullable: true,
      description: "The verb or phrase of saying.",
      resolve: (s) => span(s, "cue"),
    }),
    speakerMention: t.field({
      type: SpanType,
      nullable: true,
      description: "The words the speaker was resolved from (may be a pronoun or role).",
      resolve: (s) => span(s, "speakerMention"),
    }),
    sentence: t.string({
      nullable: true,
      description:
        "The sentence(s) the statement stands in, cut from the article text at sentence ends (. ! ? followed by a space) or line breaks.",
      resolve: async (s, _args, ctx) => {
        const start = num(s.start);
        const end = num(s.end);
        if (start === null || end === null) return str(s.text);
        // Only the stretch around the statement is fetched; a sentence longer than SENTENCE_REACH is cut there.
        const from = Math.max(0, start - SENTENCE_REACH);
        const around = await textWindow(ctx, s, from, end + SENTENCE_REACH);
        if (around === null) return str(s.text);
        return sentenceAround(around, start - from, end - from);
      },
    }),
    context: t.string({
      nullable: true,
      description: "The statement with up to `chars` characters of article text on each side.",
      args: { chars: t.arg.int({ defaultValue: 160 }) },
      // Only the window itself is fetched, through a per-request loader: a page of statements costs one
      // query, and no whole article text is held for it.
      resolve: async (s, args, ctx) => {
        const start = num(s.start);
        const end = num(s.end);
        if (start === null || end === null) return str(s.text);
        const chars = Math.max(0, Math.min(args.chars ?? 160, 2000));
        return (await textWindow(ctx, s, Math.max(0, start - chars), end + chars)) ?? str(s.text);
      },
    }),
    speaker: t.loadable({
      type: SpeakerRef,
      nullable: true,
      load: async (ids: string[]) => firstOf(await loadRelated("read/statement-speakers", ids)),
      resolve: (s) => s.id,
    }),
    via: t.loadable({
      type: OrganizationRef,
      nullable: true,
      description: "The channel or agency it came through (Tass, X).",
      load: async (ids: string[]) => firstOf(await loadRelated("read/statement-via", ids, "Organization")),
      resolve: (s) => s.id,
    }),
    about: t.loadableList({
      type: AboutType,
      load: (ids: string[]) => loadRelated("read/statement-about", ids),
      resolve: (s) => s.id,
    }),
    mentions: t.loadableList({
      type: MentionType,
      description: "Entities named inside the statement itself.",
      load: (ids: string[]) => loadRelated("read/statement-mentions", ids),
      resolve: (s) => s.id,
    }),
    article: t.field({ type: ArticleRef, nullable: true, resolve: (s) => String(s.articleId) }),
  }),
});

// ---------------------------------------------------------------------------------------------------

interface StatementArgs extends RelayArgs {
  where?: StatementWhere | null;
  orderBy?: StatementOrder | null;
}

function cleanWhere(where: StatementWhere | null | undefined): StatementWhere {
  return (where ?? {}) as StatementWhere;
}

function cursorsOf(args: StatementArgs, order: StatementOrder) {
  return {
    after: args.after ? decodeStatementCursor(args.after, order, "after") : null,
    before: args.before ? decodeStatementCursor(args.before, order, "before") : null,
  };
}

function rowsToNodes(rows: { s: unknown }[]): GraphNode[] {
  return rows.map((r) => asGraphNode(r.s, ["Statement"], "Statement"));
}

async function statementsConnection(
  args: StatementArgs,
  maxPageSize: number,
): Promise<ConnectionShape<GraphNode>> {
  const order = args.orderBy ?? DEFAULT_ORDER;
  const window = pageWindow(args, maxPageSize);
  const { after, before } = cursorsOf(args, order);
  const resolved = await resolveStatementWhere(cleanWhere(args.where));
  const page = { order, after, before, backwards: window.backwards };
  const q = statementPageQuery(resolved, { ...page, limit: window.size + 1 });
  const rows = window.size === 0 ? [] : await read<{ s: unknown }>(q.query, q.params);
  return toConnection(rowsToNodes(rows), window, args, (s) => encodeStatementCursor(s, order), {
    ...cappedCount(async () => {
      const c = statementCountQuery(resolved, undefined, TOTAL_COUNT_CAP);
      const [row] = await read<{ totalCount: number }>(c.query, c.params);
      return row?.totalCount ?? 0;
    }),
    cypher: async () => statementPageQuery(portable(resolved), { ...page, limit: window.size }),
  });
}

builder.queryField("statements", (t) =>
  t.connection(
    {
      type: StatementRef,
      description:
        "Statements matching `where`, newest first by default. Keyset cursors: pages stay stable while new articles are ingested.",
      args: {
        where: t.arg({ type: StatementWhereInput }),
        orderBy: t.arg({ type: StatementOrderInput }),
      },
      resolve: (_root, args, ctx) => statementsConnection(args as StatementArgs, ctx.maxPageSize),
    },
    StatementConnection,
  ),
);

/**
 * Adds `statements(where, orderBy, first, after, …)` to a type, scoped to its node (Person: said by
 * it; Meeting/Topic: about it; Place: about it or a place/meeting inside it; Article: reported in it).
 * All parents on one level of the response are paged in ONE query (UNWIND + CALL subquery).
 */
export function addStatementsField(
  ref:
    | typeof PersonRef
    | typeof OrganizationRef
    | typeof PlaceRef
    | typeof MeetingRef
    | typeof TopicRef
    | typeof ArticleRef,
  scope: StatementScope,
  description: string,
): void {
  builder.objectField(ref, "statements", (t) =>
    t.loadable({
      type: StatementConnection,
      description,
      byPath: true,
      args: {
        ...t.arg.connectionArgs(),
        where: t.arg({ type: StatementWhereInput }),
        orderBy: t.arg({ type: StatementOrderInput }),
      },
      load: async (ids: string[], ctx, rawArgs) => {
        const args = rawArgs as StatementArgs;
        const order = args.orderBy ?? DEFAULT_ORDER;
        const window = pageWindow(args, ctx.maxPageSize);
        const { after, before } = cursorsOf(args, order);
        const resolved: ResolvedStatementWhere = await resolveStatementWhere(cleanWhere(args.where));
        const page = { order, after, before, backwards: window.backwards };
        const q = statementBatchPageQuery(resolved, { ...page, limit: window.size + 1 }, scope, ids);
        const rows =
          window.size === 0 ? [] : await read<{ scopeId: string; statements: unknown[] }>(q.query, q.params);
        const byScope = new Map(rows.map((r) => [r.scopeId, r.statements]));
        const counts = once(async () => {
          const c = statementBatchCountQuery(resolved, scope, ids, TOTAL_COUNT_CAP);
          const countRows = await read<{ scopeId: string; totalCount: number }>(c.query, c.params);
          return new Map(countRows.map((r) => [r.scopeId, r.totalCount]));
        });
        return ids.map((id) =>
          toConnection(
            rowsToNodes((byScope.get(id) ?? []).map((s) => ({ s }))),
            window,
            args,
            (s) => encodeStatementCursor(s, order),
            {
              ...cappedCount(async () => (await counts()).get(id) ?? 0),
              cypher: async () =>
                statementPageQuery(resolved, { ...page, limit: window.size }, { scope, id }),
            },
          ),
        );
      },
      resolve: (parent) => parent.id,
    }),
  );
}
