package no.samtale.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The built jar ({@code target/samtale.jar}, or {@code -Dsamtale.fault.jar}) as a separate process on a PostgreSQL
 * database of its own, for tests that kill it the way an operating system does ({@code kill -9}) and start it again
 * on the same database and data folder. Its log goes to {@code target/fault-logs}.
 */
public final class RunningJar implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Path jar;

	private final String databaseUrl;

	private final Map<String, String> environment;

	private final Path data;

	private final Path logs;

	private final int port;

	private Process process;

	private int starts;

	private RunningJar(Path jar, String databaseUrl, Map<String, String> environment) throws IOException {
		this.jar = jar;
		this.databaseUrl = databaseUrl;
		this.environment = environment;
		this.data = Files.createTempDirectory("samtale-fault-data");
		this.logs = Path.of("target", "fault-logs");
		Files.createDirectories(logs);
		this.port = freePort();
	}

	/**
	 * A fresh database named after the suite's PostgreSQL database with {@code suffix}, and the jar set up to use it
	 * with the given extra environment; not started yet.
	 */
	public static RunningJar onFreshDatabase(String suffix, Map<String, String> environment) throws Exception {
		Path jar = Path.of(System.getProperty("samtale.fault.jar", "target/samtale.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No jar at " + jar.toAbsolutePath() + "; the fault tests run after package");
		}
		String suiteUrl = System.getProperty("samtale.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test");
		int slash = suiteUrl.lastIndexOf('/');
		String name = suiteUrl.substring(slash + 1).replaceAll("[^A-Za-z0-9_]", "") + "_" + suffix;
		try (Connection admin = DriverManager.getConnection(suiteUrl.substring(0, slash + 1) + "postgres", user(),
				password()); Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + name + " with (force)");
			sql.execute("create database " + name);
		}
		return new RunningJar(jar, suiteUrl.substring(0, slash + 1) + name, environment);
	}

	/**
	 * A second process of the same jar on this one's database, with a data folder and port of its own and the given
	 * extra environment (give each node its own {@code SAMTALE_NODE_ID}); not started yet.
	 */
	public RunningJar onSameDatabase(Map<String, String> environment) throws IOException {
		return new RunningJar(jar, databaseUrl, environment);
	}

	/** Starts the jar and waits until it is ready; answers how long that took. */
	public Duration start() throws Exception {
		starts++;
		Map<String, String> env = new HashMap<>(environment);
		env.put("SAMTALE_DATA_DIR", data.toString());
		env.put("SAMTALE_DEMO", "true");
		env.put("SERVER_PORT", String.valueOf(port));
		env.put("SPRING_DATASOURCE_URL", databaseUrl);
		env.put("SPRING_DATASOURCE_USERNAME", user());
		env.put("SPRING_DATASOURCE_PASSWORD", password());
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
				jar.toAbsolutePath().toString());
		builder.environment().putAll(env);
		builder.redirectErrorStream(true);
		builder.redirectOutput(logs.resolve(databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1) + "-" + port + "-"
				+ starts + ".log").toFile());
		Instant began = Instant.now();
		process = builder.start();
		// A loaded machine starts slower: -Dsamtale.fault.start-within (seconds) gives more time.
		Instant deadline = began.plus(Duration.ofSeconds(Long.getLong("samtale.fault.start-within", 120)));
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The jar exited with " + process.exitValue() + "; see " + logs);
			}
			if (ready()) {
				return Duration.between(began, Instant.now());
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("The jar was not ready in time; see " + logs);
	}

	/** Kills the process at once, as {@code kill -9} does: no shutdown hook, no graceful stop. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	public String base() {
		return "http://127.0.0.1:" + port;
	}

	public Api api() {
		return new Api(base());
	}

	/** A connection to the jar's database, for counting what it stored. */
	public Connection database() throws SQLException {
		return DriverManager.getConnection(databaseUrl, user(), password());
	}

	private boolean ready() {
		try {
			HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(2))
				.build(), HttpResponse.BodyHandlers.discarding());
			return answer.statusCode() == 200;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public void close() throws Exception {
		if (process != null && process.isAlive()) {
			kill();
		}
		try (var files = Files.walk(data)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	private static String user() {
		return System.getProperty("samtale.test.postgresql.user", "postgres");
	}

	private static String password() {
		return System.getProperty("samtale.test.postgresql.password", "");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
