package no.samtale.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Picks the database the suite runs on. Maven runs the suite twice: once on H2 and once on the local PostgreSQL
 * (127.0.0.1:5432, database {@code test}); a PostgreSQL that is not there fails the run rather than skipping it.
 */
public class TestDatabase {

	private static String postgresqlUrl;

	public static String kind() {
		return System.getProperty("samtale.test.database", "h2");
	}

	static void configure(DynamicPropertyRegistry registry) {
		registry.add("spring.flyway.clean-disabled", () -> "false");
		switch (kind()) {
			case "h2" -> {
				registry.add("spring.datasource.url", () -> "jdbc:h2:mem:samtale;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
				registry.add("spring.datasource.username", () -> "sa");
				registry.add("spring.datasource.password", () -> "");
			}
			case "postgresql" -> {
				String url = postgresqlUrl();
				registry.add("spring.datasource.url", () -> url);
				registry.add("spring.datasource.username", TestDatabase::user);
				registry.add("spring.datasource.password", TestDatabase::password);
			}
			default -> throw new IllegalArgumentException("samtale.test.database must be h2 or postgresql, not " + kind());
		}
	}

	/** This test process's PostgreSQL database: the one given, or one of its own in a second process. */
	public static synchronized String postgresqlUrl() {
		if (postgresqlUrl == null) {
			postgresqlUrl = ForkDatabase.of(System.getProperty("samtale.test.postgresql.url",
					"jdbc:postgresql://127.0.0.1:5432/test"), user(), password());
		}
		return postgresqlUrl;
	}

	public static String user() {
		return System.getProperty("samtale.test.postgresql.user", "postgres");
	}

	public static String password() {
		return System.getProperty("samtale.test.postgresql.password", "");
	}

}
