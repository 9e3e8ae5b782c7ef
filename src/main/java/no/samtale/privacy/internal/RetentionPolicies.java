package no.samtale.privacy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.platform.InvalidInputException;
import no.samtale.privacy.RetentionAction;
import no.samtale.privacy.RetentionCategory;

@Component
class RetentionPolicies {

	private final JdbcClient jdbc;

	RetentionPolicies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RetentionPolicy> all() {
		return jdbc.sql("select * from privacy_retention_policy order by category")
			.query((row, n) -> new RetentionPolicy(RetentionCategory.valueOf(row.getString("category")),
					(Integer) row.getObject("months", Integer.class), RetentionAction.valueOf(row.getString("action")),
					row.getTimestamp("updated_at").toInstant(), (Long) row.getObject("updated_by", Long.class)))
			.list();
	}

	RetentionPolicy get(RetentionCategory category) {
		return all().stream().filter(policy -> policy.category() == category).findFirst().orElseThrow();
	}

	void change(RetentionCategory category, Integer months, RetentionAction action, long userId) {
		if (months != null && (months < 1 || months > 120)) {
			throw new InvalidInputException("months", "Must be between 1 and 120, or null to keep");
		}
		jdbc.sql("""
				update privacy_retention_policy set months = :months, action = :action, updated_at = :now,
				    updated_by = :user
				where category = :category
				""")
			.param("months", months, java.sql.Types.INTEGER)
			.param("action", action.name())
			.param("now", Timestamp.from(Instant.now()))
			.param("user", userId)
			.param("category", category.name())
			.update();
	}

}
