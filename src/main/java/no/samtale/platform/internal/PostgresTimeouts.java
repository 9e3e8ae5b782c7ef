package no.samtale.platform.internal;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Bounds how long a request can hang on PostgreSQL that has gone away: the driver gives up connecting after
 * {@code samtale.database.connect-timeout} and on a silent socket after {@code samtale.database.socket-timeout}, and
 * keeps TCP keep-alive on so a cut connection is noticed. Set only for PostgreSQL: H2 refuses settings it does not
 * know. The pool's own wait for a connection is {@code spring.datasource.hikari.connection-timeout}.
 */
@Configuration(proxyBeanMethods = false)
class PostgresTimeouts {

	@Bean
	static BeanPostProcessor postgresDriverTimeouts(Environment environment) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
						&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
					setIfAbsent(pool, "connectTimeout", seconds(environment, "samtale.database.connect-timeout", "3s"));
					setIfAbsent(pool, "socketTimeout", seconds(environment, "samtale.database.socket-timeout", "30s"));
					setIfAbsent(pool, "tcpKeepAlive", "true");
				}
				return bean;
			}

		};
	}

	private static void setIfAbsent(HikariDataSource pool, String property, String value) {
		if (!pool.getDataSourceProperties().containsKey(property)) {
			pool.addDataSourceProperty(property, value);
		}
	}

	private static String seconds(Environment environment, String property, String fallback) {
		Duration duration = DurationStyle.detectAndParse(environment.getProperty(property, fallback));
		return Long.toString(Math.max(1, duration.toSeconds()));
	}

}
