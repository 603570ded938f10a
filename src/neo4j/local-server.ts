// A real Neo4j Community server without Docker or a distribution: Maven resolves the jars once into a
// cache outside the repo, and neo4j/Launcher.java (run by `java` in source-file mode) boots the server
// on 127.0.0.1. A state file next to the store says who runs it, so `db status` tells the truth and a
// second start never opens the same store twice.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";
import { config, NEO4J_VERSION } from "../config.ts";

/** The LTS line for machines that only have Java 17 (2025.10+ needs Java 21+). */
export const NEO4J_LTS_VERSION = "5.26.30";

const PROJECT_DIR = fileURLToPath(new URL("../../", import.meta.url));
const POM = path.join(PROJECT_DIR, "neo4j", "pom.xml");
const LAUNCHER = path.join(PROJECT_DIR, "neo4j", "Launcher.java");

/** Flags from Neo4j's own neo4j.conf (server.jvm.additional) that the server needs on modern JDKs. */
export const NEO4J_JVM_FLAGS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
  "-XX:-OmitStackTraceInFastThrow",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
];

export class Neo4jSetupError extends Error {
  override name = "Neo4jSetupError";
}

const WAYS_OUT = [
  "Ways out:",
  "  1. Docker:      docker compose up -d neo4j   (then NEO4J_URI=bolt://localhost:7687 npm start)",
  "  2. Your Neo4j:  NEO4J_URI=bolt://host:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=… npm start",
  "  3. Install a JDK ≥ 21 (e.g. Temurin 25; JDK 17 runs the 5.26 LTS line) and Maven (mvn), or set JAVA_HOME",
].join("\n");

// ---------------------------------------------------------------------------------------------------
// Java and the Neo4j version it can run

export interface JavaInstall {
  home: string;
  bin: string;
  major: number;
}

export function javaMajorOf(home: string): number | null {
  try {
    const release = fs.readFileSync(path.join(home, "release"), "utf8");
    const m = /^JAVA_VERSION="(\d+)(?:\.(\d+))?/m.exec(release);
    if (!m) return null;
    // Java 8 reports itself as "1.8".
    return m[1] === "1" ? Number(m[2]) : Number(m[1]);
  } catch {
    return null;
  }
}

function candidateJavaHomes(env: NodeJS.ProcessEnv): string[] {
  const homes: string[] = [];
  if (env.JAVA_HOME) homes.push(env.JAVA_HOME);
  for (const root of ["/usr/lib/jvm", "/usr/java", "/opt/java", "/Library/Java/JavaVirtualMachines"]) {
    try {
      for (const name of fs.readdirSync(root)) {
        const dir = path.join(root, name);
        homes.push(
          fs.existsSync(path.join(dir, "Contents", "Home")) ? path.join(dir, "Contents", "Home") : dir,
        );
      }
    } catch {
      // no such folder on this OS
    }
  }
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    const bin = path.join(dir, "java");
    if (dir && fs.existsSync(bin)) homes.push(path.dirname(path.dirname(fs.realpathSync(bin))));
  }
  return [...new Set(homes.map((h) => path.resolve(h)))];
}

/** The newest installed JDK (JAVA_HOME wins if it is new enough for the pinned Neo4j). */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaInstall | null {
  const found: JavaInstall[] = [];
  for (const home of candidateJavaHomes(env)) {
    const bin = path.join(home, "bin", process.platform === "win32" ? "java.exe" : "java");
    const major = javaMajorOf(home);
    if (major !== null && fs.existsSync(bin)) found.push({ home, bin, major });
  }
  if (found.length === 0) return null;
  const fromEnv = env.JAVA_HOME
    ? found.find((j) => j.home === path.resolve(env.JAVA_HOME as string))
    : undefined;
  if (fromEnv && fromEnv.major >= 21) return fromEnv;
  return found.reduce((best, j) => (j.major > best.major ? j : best));
}

/** 2026.x needs Java 21+; Java 17 gets the 5.26 LTS line; older cannot run Neo4j 5+. */
export function neo4jVersionForJava(major: number): string | null {
  if (major >= 21) return NEO4J_VERSION;
  if (major >= 17) return NEO4J_LTS_VERSION;
  return null;
}

function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | null {
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    const bin = path.join(dir, name);
    if (dir && fs.existsSync(bin)) return bin;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Jars

export function libDir(version: string, cacheDir = config().cacheDir): string {
  return path.join(cacheDir, `neo4j-${version}`, "lib");
}

const COMPLETE_MARKER = ".complete";

/**
 * What the jars were resolved from: neo4j/pom.xml's text. A cache resolved from another pom (one
 * without the Browser jar, say) is resolved again instead of being trusted forever.
 */
function pomDigest(): string {
  return createHash("sha256").update(fs.readFileSync(POM)).digest("hex").slice(0, 16);
}

function isCurrent(lib: string, digest: string): boolean {
  try {
    return fs.readFileSync(path.join(lib, COMPLETE_MARKER), "utf8").includes(`pom ${digest}`);
  } catch {
    return false;
  }
}

/**
 * Resolves the server jars into the cache once per version and pom. Maven writes into a temporary
 * folder that is renamed into place, so an interrupted download is never mistaken for a complete one.
 * A stale cache is swapped, not edited: a JVM already running from it finds its jars by the same
 * paths in the new folder (same versions), and the files it has open stay readable after the unlink.
 */
export function ensureJars(version: string, javaHome: string, cacheDir = config().cacheDir): string {
  const lib = libDir(version, cacheDir);
  const digest = pomDigest();
  if (isCurrent(lib, digest)) return lib;
  const mvn = findOnPath("mvn");
  if (!mvn) {
    throw new Neo4jSetupError(
      `Maven (mvn) is not installed, and the Neo4j ${version} jars are not cached in ${lib}.\n${WAYS_OUT}`,
    );
  }
  const tmp = `${lib}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(lib), { recursive: true });
  console.error(`newsgraph: resolving the Neo4j ${version} jars from Maven Central into ${lib} (once) …`);
  try {
    execFileSync(
      mvn,
      [
        "-q",
        "-B",
        "-f",
        POM,
        "dependency:copy-dependencies",
        `-DoutputDirectory=${tmp}`,
        `-Dneo4j.version=${version}`,
      ],
      {
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, JAVA_HOME: javaHome },
        maxBuffer: 64 << 20,
      },
    );
  } catch (err) {
    fs.rmSync(tmp, { recursive: true, force: true });
    const e = err as { stdout?: Buffer; stderr?: Buffer; message: string };
    const out = `${e.stdout?.toString() ?? ""}${e.stderr?.toString() ?? ""}`
      .trim()
      .split("\n")
      .slice(-20)
      .join("\n");
    throw new Neo4jSetupError(`Maven could not resolve the Neo4j ${version} jars:\n${out || e.message}`);
  }
  fs.writeFileSync(path.join(tmp, COMPLETE_MARKER), `${new Date().toISOString()} pom ${digest}\n`);
  swapInto(tmp, lib, digest);
  return lib;
}

function swapInto(tmp: string, lib: string, digest: string): void {
  const old = `${lib}.old-${process.pid}`;
  try {
    if (fs.existsSync(lib)) fs.renameSync(lib, old);
    fs.renameSync(tmp, lib);
  } catch (err) {
    // Another process (a test run next to `npm start`) finished first; its copy is as good as ours.
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!isCurrent(lib, digest)) throw err;
  } finally {
    fs.rmSync(old, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------
// Launch

export interface LocalServerOptions {
  /** Server home: data/, logs/ and the state file live here. */
  home: string;
  boltPort: number;
  httpPort: number;
  /** null disables authentication. */
  password: string | null;
  heap: string;
  pageCache: string;
  /** Stay attached: the JVM exits when this process goes away (its stdin closes). */
  attached: boolean;
  /** Who started it, shown by `db status` and in the "already running" error. */
  owner: string;
  startTimeoutMs?: number;
  /** The JDK to run; default: findJava(). */
  java?: JavaInstall;
}

export function defaultServerOptions(owner: string, attached: boolean): LocalServerOptions {
  const c = config();
  return {
    home: path.join(c.home, "neo4j"),
    boltPort: c.boltPort,
    httpPort: c.httpPort,
    password: c.neo4jPassword,
    heap: c.neo4jHeap,
    pageCache: c.neo4jPageCache,
    attached,
    owner,
  };
}

/** The java command line (without the java binary): JVM flags, classpath, launcher source and its args. */
export function launcherArgs(opts: LocalServerOptions, lib: string, launcher = LAUNCHER): string[] {
  const args = [
    `-Xmx${opts.heap}`,
    `-Xms${opts.heap}`,
    ...NEO4J_JVM_FLAGS,
    ...envList("NEO4J_JVM_FLAGS"),
    "-cp",
    path.join(lib, "*"),
    launcher,
    "--home",
    opts.home,
    "--bolt-port",
    String(opts.boltPort),
    "--http-port",
    String(opts.httpPort),
    "--pagecache",
    opts.pageCache,
  ];
  for (const kv of envList("NEO4J_SETTINGS")) args.push("--setting", kv);
  if (opts.password === null) args.push("--no-auth");
  else args.push("--password", opts.password);
  if (opts.attached) args.push("--watch-stdin");
  return args;
}

/**
 * Extra JVM flags (NEO4J_JVM_FLAGS) or Neo4j settings (NEO4J_SETTINGS, `key=value`) for the local
 * server, separated by spaces: for measuring a setting without editing the launcher (bench:ingest).
 */
function envList(name: string): string[] {
  return (process.env[name] ?? "").split(/\s+/).filter(Boolean);
}

export interface ServerState {
  pid: number;
  /** The node process that owns an attached server (npm start, a test run). */
  ownerPid: number | null;
  owner: string;
  version: string;
  boltPort: number;
  httpPort: number;
  uri: string;
  home: string;
  startedAt: string;
}

export function stateFile(home: string): string {
  return path.join(home, "newsgraph-server.json");
}

function logFile(home: string): string {
  return path.join(home, "logs", "neo4j.log");
}

function consoleLogFile(home: string): string {
  return path.join(home, "logs", "console.log");
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Guards against pid reuse after a reboot: the pid must still be our launcher for this home. */
function isOurLauncher(state: ServerState): boolean {
  if (!isAlive(state.pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${state.pid}/cmdline`, "utf8");
    return cmdline.includes("Launcher.java") && cmdline.includes(state.home);
  } catch {
    return true; // no /proc (macOS): liveness is all we can check
  }
}

/** The state of the server for `home` if it is running; a stale state file is removed. */
export function runningServer(home: string): ServerState | null {
  const file = stateFile(home);
  let state: ServerState;
  try {
    state = JSON.parse(fs.readFileSync(file, "utf8")) as ServerState;
  } catch {
    return null;
  }
  if (isOurLauncher(state)) return state;
  fs.rmSync(file, { force: true });
  return null;
}

export function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log yet)";
  }
}

async function boltReady(uri: string, password: string | null): Promise<boolean> {
  const driver = neo4j.driver(
    uri,
    password === null ? undefined : neo4j.auth.basic(config().neo4jUser, password),
    { connectionTimeout: 2_000, logging: { level: "error", logger: () => {} } },
  );
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LocalNeo4j {
  uri: string;
  state: ServerState;
  /** Stops the JVM and waits for it to exit (idempotent). */
  stop(): Promise<void>;
}

/** Starts Neo4j for `opts.home` and resolves once the launcher is ready and Bolt accepts our credentials. */
export async function startLocalNeo4j(opts: LocalServerOptions): Promise<LocalNeo4j> {
  const running = runningServer(opts.home);
  if (running) {
    throw new Neo4jSetupError(
      `Neo4j for ${opts.home} is already running (pid ${running.pid}, started by ${running.owner}` +
        `${running.ownerPid ? ` in process ${running.ownerPid}` : ""}, ${running.uri}). ` +
        "Stop it first (Ctrl-C in its terminal, or `npx newsgraph db stop`), or use it with NEO4J_URI.",
    );
  }
  const java = opts.java ?? findJava();
  if (!java)
    throw new Neo4jSetupError(`No Java found (looked at JAVA_HOME, /usr/lib/jvm and PATH).\n${WAYS_OUT}`);
  const version = neo4jVersionForJava(java.major);
  if (!version) {
    throw new Neo4jSetupError(
      `Java ${java.major} at ${java.home} is too old for Neo4j (needs 17+).\n${WAYS_OUT}`,
    );
  }
  const lib = ensureJars(version, java.home);

  fs.mkdirSync(path.join(opts.home, "logs"), { recursive: true });
  // Claim the home before the JVM exists: a concurrent start fails here instead of racing for the store.
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  const claim: ServerState = {
    pid: -1,
    ownerPid: opts.attached ? process.pid : null,
    owner: opts.owner,
    version,
    boltPort: opts.boltPort,
    httpPort: opts.httpPort,
    uri,
    home: opts.home,
    startedAt: new Date().toISOString(),
  };
  let fd: number;
  try {
    fd = fs.openSync(stateFile(opts.home), "wx");
  } catch {
    throw new Neo4jSetupError(
      `another process is starting Neo4j for ${opts.home} right now (${stateFile(opts.home)})`,
    );
  }
  const out = fs.openSync(consoleLogFile(opts.home), "a");
  // Where this start's console output begins: the launcher's ready line must come after it.
  const consoleStart = fs.fstatSync(out).size;
  let child: ChildProcess;
  try {
    child = spawn(java.bin, launcherArgs(opts, lib), {
      cwd: opts.home,
      // Own process group: Ctrl-C reaches node, which shuts down in order (server, driver, then JVM).
      detached: true,
      stdio: [opts.attached ? "pipe" : "ignore", out, out],
      env: { ...process.env, JAVA_HOME: java.home },
    });
  } finally {
    fs.closeSync(out);
  }
  if (child.pid === undefined) {
    fs.closeSync(fd);
    fs.rmSync(stateFile(opts.home), { force: true });
    throw new Neo4jSetupError(`could not run ${java.bin}`);
  }
  const state: ServerState = { ...claim, pid: child.pid };
  fs.writeSync(fd, `${JSON.stringify(state, null, 2)}\n`);
  fs.closeSync(fd);

  let exitCode: number | null = null;
  const exited = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exitCode = code ?? (signal ? 128 : 1);
      resolve();
    });
  });
  if (!opts.attached) child.unref();

  const stop = async () => {
    if (exitCode === null) {
      child.kill("SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      const killed = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((r) => {
          timer = setTimeout(() => r(false), 60_000);
        }),
      ]);
      clearTimeout(timer);
      if (!killed) {
        child.kill("SIGKILL");
        await exited;
      }
    }
    removeStateIfOurs(opts.home, state.pid);
  };

  await waitUntilReady(opts, consoleStart, () => exitCode, stop, state.pid);
  if (opts.attached) {
    // The pipe would otherwise keep the event loop alive after everything else is closed.
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    child.unref();
  }
  return { uri, state, stop };
}

/**
 * No login before the launcher says it is ready: until it has set the password, a login with ours
 * fails, Neo4j logs it and, after a few, locks the account for seconds. The line also proves that the
 * server on the port is ours, not another one that holds it.
 */
async function waitUntilReady(
  opts: LocalServerOptions,
  consoleStart: number,
  exitCode: () => number | null,
  stop: () => Promise<void>,
  pid: number,
): Promise<void> {
  const uri = `bolt://127.0.0.1:${opts.boltPort}`;
  const timeoutMs = opts.startTimeoutMs ?? 180_000;
  const deadline = Date.now() + timeoutMs;
  let wait = 250;
  while (!(launcherReady(opts.home, consoleStart) && (await boltReady(uri, opts.password)))) {
    const code = exitCode();
    if (code !== null) {
      removeStateIfOurs(opts.home, pid);
      throw new Neo4jSetupError(
        `Neo4j exited during start-up (code ${code}). Last lines of ${consoleLogFile(opts.home)}:\n` +
          tail(consoleLogFile(opts.home)),
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Neo4jSetupError(
        `Neo4j did not accept Bolt connections on ${uri} within ${Math.round(timeoutMs / 1000)} s. ` +
          `Last lines of ${logFile(opts.home)}:\n${tail(logFile(opts.home))}\n` +
          `(console: ${consoleLogFile(opts.home)}, debug log: ${path.join(opts.home, "logs", "debug.log")})`,
      );
    }
    await sleep(wait);
    wait = Math.min(wait * 1.5, 1_000);
  }
}

/** The launcher prints this once the server runs with the configured password (neo4j/Launcher.java). */
export const LAUNCHER_READY = "newsgraph launcher: ready";

function launcherReady(home: string, from: number): boolean {
  let fd: number;
  try {
    fd = fs.openSync(consoleLogFile(home), "r");
  } catch {
    return false;
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (size <= from) return false;
    const buf = Buffer.alloc(size - from);
    fs.readSync(fd, buf, 0, buf.length, from);
    return buf.toString("utf8").includes(LAUNCHER_READY);
  } finally {
    fs.closeSync(fd);
  }
}

function removeStateIfOurs(home: string, pid: number): void {
  try {
    const state = JSON.parse(fs.readFileSync(stateFile(home), "utf8")) as ServerState;
    if (state.pid === pid) fs.rmSync(stateFile(home), { force: true });
  } catch {
    // already gone
  }
}

/** Stops whatever server runs for `home` (also one started by another process). */
export async function stopServer(home: string, timeoutMs = 60_000): Promise<ServerState | null> {
  const state = runningServer(home);
  if (!state) return null;
  process.kill(state.pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(state.pid)) {
    if (Date.now() > deadline) {
      process.kill(state.pid, "SIGKILL");
      break;
    }
    await sleep(200);
  }
  removeStateIfOurs(home, state.pid);
  return state;
}

export async function serverAnswers(state: ServerState, password: string | null): Promise<boolean> {
  return boltReady(state.uri, password);
}
