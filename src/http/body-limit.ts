// The request size limit: larger bodies get 413 before anything is parsed.
import type { Plugin } from "graphql-yoga";
import { jsonError } from "./json-error.ts";

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

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

export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (request.method !== "POST" || !requestParser) return;
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
