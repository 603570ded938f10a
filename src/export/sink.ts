// A text sink over a Node stream that honours backpressure: writers `await sink.write(...)`, small
// pieces are gathered into chunks, and a slow disk or pipe pauses the export instead of buffering it.
import { once } from "node:events";
import fs from "node:fs";
import type { Writable } from "node:stream";

const CHUNK = 64 * 1024;

export class TextSink {
  private parts: string[] = [];
  private size = 0;
  private failure: Error | null = null;

  constructor(
    private readonly stream: Writable,
    private readonly ownsStream: boolean,
    readonly name: string,
  ) {
    stream.on("error", (err) => {
      this.failure = err;
    });
  }

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.failure) throw new Error(`${this.name}: ${this.failure.message}`);
    if (this.size === 0) return;
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    await this.flush();
    if (!this.ownsStream) return;
    this.stream.end();
    await once(this.stream, "finish");
    if (this.failure) throw new Error(`${this.name}: ${this.failure.message}`);
  }
}

/** A file sink, or stdout for `-`/no path (stdout is flushed but never closed). */
export async function openSink(file: string | null): Promise<TextSink> {
  if (!file || file === "-") return new TextSink(process.stdout, false, "stdout");
  const stream = fs.createWriteStream(file, { encoding: "utf8" });
  await once(stream, "open").catch((err: Error) => {
    throw new Error(`cannot write ${file}: ${err.message}`);
  });
  return new TextSink(stream, true, file);
}
