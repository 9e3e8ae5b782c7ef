package no.samtale.kafka.internal;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import no.samtale.support.TestDatabase;

/**
 * The suite's database (H2 in memory under a name of its own, or the run's PostgreSQL) with every migration, for
 * tests of the module's SQL without the application around it. PostgreSQL's is not cleaned: the suite's context
 * cleans it when it starts, and these tests keep to rows of their own.
 */
final class TestDatabases {

	private TestDatabases() {
	}

	static HikariDataSource migrated(String h2Name) {
		HikariDataSource db = new HikariDataSource();
		boolean h2 = TestDatabase.kind().equals("h2");
		db.setJdbcUrl(h2 ? "jdbc:h2:mem:" + h2Name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
				+ "DB_CLOSE_DELAY=-1" : TestDatabase.postgresqlUrl());
		db.setUsername(h2 ? "sa" : TestDatabase.user());
		db.setPassword(h2 ? "" : TestDatabase.password());
		db.setMaximumPoolSize(6);
		Flyway.configure()
			.dataSource(db)
			.locations("classpath:db/migration", "classpath:db/vendor/" + (h2 ? "h2" : "postgresql"))
			.load()
			.migrate();
		return db;
	}

}
