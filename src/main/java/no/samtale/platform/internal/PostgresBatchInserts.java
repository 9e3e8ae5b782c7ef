package no.samtale.platform.internal;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets the PostgreSQL driver send a JDBC batch of inserts as a few multi-row inserts
 * ({@code reWriteBatchedInserts}): a burst of webhook comments is written with batches of hundreds of rows, and
 * PostgreSQL then parses and plans one statement per 128 rows instead of one per row. The driver answers such a
 * batch's row counts as unknown, so code that needs to know which rows a batch inserted reads them back instead.
 * Set only for PostgreSQL: H2 refuses settings it does not know.
 */
@Configuration(proxyBeanMethods = false)
class PostgresBatchInserts {

	@Bean
	static BeanPostProcessor postgresRewritesBatchedInserts() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
						&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")
						&& !pool.getDataSourceProperties().containsKey("reWriteBatchedInserts")) {
					pool.addDataSourceProperty("reWriteBatchedInserts", "true");
				}
				return bean;
			}

		};
	}

}
