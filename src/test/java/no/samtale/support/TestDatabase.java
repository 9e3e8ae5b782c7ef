package no.samtale.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Picks the database the suite runs on. Maven runs the suite twice: once on H2 and once on the local PostgreSQL
 * (127.0.0.1:5432, database {@code test}); a PostgreSQL that is not there fails the run rather than skipping it.
 */
public class TestDatabase {

	public static String kind() {
		return System.getProperty("samtale.test.database", "h2");
	}

	static void configure(DynamicPropertyRegistry registry) {
		registry.add("spring.flyway.clean-disabled", () -> "false");
		switch (kind()) {
			case "h2" -> {
				registry.add("spring.datasource.url", () -> "jdbc:h2:mem:samtale;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
				registry.add("spring.datasource.username", () -> "sa");
				registry.add("spring.datasource.password", () -> "");
			}
			case "postgresql" -> {
				registry.add("spring.datasource.url", () -> System.getProperty("samtale.test.postgresql.url",
						"jdbc:postgresql://127.0.0.1:5432/test"));
				registry.add("spring.datasource.username", () -> System.getProperty("samtale.test.postgresql.user", "postgres"));
				registry.add("spring.datasource.password", () -> System.getProperty("samtale.test.postgresql.password", ""));
			}
			default -> throw new IllegalArgumentException("samtale.test.database must be h2 or postgresql, not " + kind());
		}
	}

}
