// The request size limit: larger bodies get 413 before anything is parsed. A request with the API token
// (the only one that may call ingestArticles) may send more: an article's text may be 2 MB
// (input-bounds.ts), which as JSON would not fit the limit everyone else gets.
import type { Plugin } from "graphql-yoga";
import { bearerToken, tokenMatches } from "./auth.ts";
import { jsonError } from "./json-error.ts";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** For requests with the API token: one 2 MB article with room for JSON escapes and a few small ones. */
export const DEFAULT_MAX_INGEST_BODY_BYTES = 8 * 1024 * 1024;

export interface BodyLimits {
  maxBytes: number;
  /** Applies instead when the request carries `Authorization: Bearer <apiToken>`. */
  ingest?: { apiToken: string | null; maxBytes: number };
}

/** Reads at most `max` bytes of the body: a missing or lying Content-Length must not let a huge body through. */
async function readLimited(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

export function useBodyLimit(limits: BodyLimits): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (request.method !== "POST" || !requestParser) return;
      const maxBytes =
        limits.ingest && tokenMatches(bearerToken(request), limits.ingest.apiToken)
          ? limits.ingest.maxBytes
          : limits.maxBytes;
      const length = request.headers.get("content-length");
      // Only one non-negative integer is a Content-Length (a comma-joined pair smells of request smuggling).
      if (length !== null && !/^\d+$/.test(length)) {
        setRequestParser(() => jsonError(400, "BAD_REQUEST", "The Content-Length header is invalid."));
        return;
      }
      const declared = length === null ? Number.NaN : Number(length);
      if (Number.isFinite(declared)) {
        // Node's HTTP parser never delivers more than Content-Length, so the header alone decides.
        if (declared > maxBytes) setRequestParser(() => tooLarge());
        return;
      }
      // Chunked (or a fetch() without a length): count while reading.
      setRequestParser(async (req) => {
        const body = await readLimited(req, maxBytes);
        if (body === null) return tooLarge();
        return requestParser(new Request(req.url, { method: req.method, headers: req.headers, body }));
      });
    },
  };
}

function tooLarge(): Response {
  const res = jsonError(413, "PAYLOAD_TOO_LARGE", "The request body is too large.");
  // The unread rest of the body is still on the socket; a client must not send its next request there.
  res.headers.set("connection", "close");
  return res;
}
