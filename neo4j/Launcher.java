// Starts a Neo4j Community server (Bolt + HTTP) from the Maven jars, without a Neo4j distribution:
//   java <jvm flags> -cp '<cache>/lib/*' neo4j/Launcher.java --home DIR --bolt-port N --http-port N
//        [--password PW | --no-auth] [--pagecache 512m] [--watch-stdin]
// src/neo4j/local-server.ts builds this command line; the settings are documented there.
//
// Why a launcher at all: the distribution's shell scripts are not on Maven Central, and the server
// classes only need a home directory and a map of settings.

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

public class Launcher {
  public static void main(String[] args) throws Exception {
    Path home = null;
    int boltPort = 7687;
    int httpPort = 7474;
    String password = "newsgraph";
    boolean auth = true;
    String pageCache = "512m";
    boolean watchStdin = false;
    Map<String, String> extra = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--home" -> home = Path.of(value(args, ++i, a)).toAbsolutePath();
        case "--bolt-port" -> boltPort = port(value(args, ++i, a), a);
        case "--http-port" -> httpPort = port(value(args, ++i, a), a);
        case "--password" -> password = value(args, ++i, a);
        case "--no-auth" -> auth = false;
        case "--pagecache" -> pageCache = value(args, ++i, a);
        case "--watch-stdin" -> watchStdin = true;
        case "--setting" -> {
          String kv = value(args, ++i, a);
          int eq = kv.indexOf('=');
          if (eq <= 0) fail("--setting needs key=value, got " + kv);
          extra.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
        default -> fail("unknown argument " + a);
      }
    }
    if (home == null) fail("--home is required");
    if (auth && password.length() < 8) fail("the Neo4j password must have at least 8 characters");
    Files.createDirectories(home);

    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.default_listen_address", "127.0.0.1");
    settings.put("server.default_advertised_address", "127.0.0.1");
    settings.put("server.bolt.enabled", "true");
    settings.put("server.bolt.listen_address", "127.0.0.1:" + boltPort);
    settings.put("server.bolt.advertised_address", "127.0.0.1:" + boltPort);
    settings.put("server.http.enabled", "true");
    settings.put("server.http.listen_address", "127.0.0.1:" + httpPort);
    settings.put("server.http.advertised_address", "127.0.0.1:" + httpPort);
    settings.put("server.https.enabled", "false");
    settings.put("dbms.routing.enabled", "false");
    settings.put("dbms.usage_report.enabled", "false");
    settings.put("dbms.security.auth_enabled", Boolean.toString(auth));
    settings.put("server.memory.pagecache.size", pageCache);
    // The store is a development/test database: keep transaction logs small instead of the default 2 days.
    settings.put("db.tx_log.rotation.retention_policy", "1 files");
    // On stop, running transactions get 2 s instead of 10 s to finish before they are terminated: Ctrl-C
    // should not hang on a forgotten query. (A public setting on 5.26 and 2026.x.)
    settings.put("db.shutdown_transaction_end_timeout", "2s");
    // Netty's default 5 s quiet period, spent twice, made every stop take 10 s; the setting is internal, so
    // it is set only when this Neo4j version has it (an unknown key would abort start-up).
    // Its type differs by version (a Duration on 2026.x, whole seconds on 5.26).
    internalSetting("org.neo4j.configuration.GraphDatabaseInternalSettings", "netty_server_shutdown_quiet_period")
        .ifPresent(s -> {
          Object dflt = s.defaultValue();
          if (dflt instanceof java.time.Duration) settings.put(s.name(), "100ms");
          else if (dflt instanceof Integer || dflt instanceof Long) settings.put(s.name(), "0");
        });
    // NEO4J_SETTINGS (src/neo4j/local-server.ts): any other setting, for measuring or tuning a server.
    settings.putAll(extra);
    // Cypher 25 is the default for new databases; nothing to set. Strict validation stays on, so a
    // misspelt key above aborts start-up instead of being ignored.

    NeoBootstrapper server = new CommunityBootstrapper();
    // Registers Neo4j's own SIGTERM/SIGINT handlers and shutdown hook: a kill stops the store cleanly.
    int code = server.start(home, settings);
    if (code != 0) {
      System.err.println("newsgraph launcher: Neo4j did not start (exit code " + code + "), see " + home.resolve("logs"));
      System.exit(code);
    }
    if (auth) setPassword(server, password);
    // src/neo4j/local-server.ts logs in only after this line: the password is set now.
    System.out.println("newsgraph launcher: ready bolt=127.0.0.1:" + boltPort + " http=127.0.0.1:" + httpPort);
    System.out.flush();

    if (watchStdin) {
      // The parent (npm start, the test run) holds our stdin open; EOF means it is gone, even if it was
      // killed without a chance to stop us, so an orphaned JVM never keeps the store locked.
      InputStream in = System.in;
      byte[] buf = new byte[256];
      try {
        while (in.read(buf) != -1) {
          // discard
        }
      } catch (IOException ignored) {
        // a broken pipe means the same as EOF
      }
      System.out.println("newsgraph launcher: parent gone, stopping Neo4j");
      System.exit(0); // runs Neo4j's shutdown hook
    }
    Thread.currentThread().join();
  }

  /**
   * A new store has user neo4j/neo4j with a forced password change. Setting the password through the
   * system database (embedded access bypasses auth) makes every start converge on the configured one.
   */
  private static void setPassword(NeoBootstrapper server, String password) {
    GraphDatabaseService system = server.getDatabaseManagementService().database("system");
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Re-setting the current password is refused by some versions; the password is right then.
      String msg = String.valueOf(e.getMessage());
      if (!msg.contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static java.util.Optional<org.neo4j.graphdb.config.Setting<?>> internalSetting(String className, String field) {
    try {
      Object setting = Class.forName(className).getField(field).get(null);
      return java.util.Optional.of((org.neo4j.graphdb.config.Setting<?>) setting);
    } catch (ReflectiveOperationException | ClassCastException e) {
      return java.util.Optional.empty();
    }
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) fail(flag + " needs a value");
    return args[i];
  }

  private static int port(String raw, String flag) {
    try {
      int p = Integer.parseInt(raw);
      if (p > 0 && p < 65536) return p;
    } catch (NumberFormatException ignored) {
      // reported below
    }
    fail(flag + " " + raw + " is not a port number");
    return -1;
  }

  private static void fail(String message) {
    System.err.println("newsgraph launcher: " + message);
    System.exit(2);
  }
}
