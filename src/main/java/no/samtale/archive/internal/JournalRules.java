package no.samtale.archive.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.NotFoundException;

/** Which sources are journaled when they close, whether internal notes go with them, and the screening's legal basis. */
@Component
class JournalRules {

	record Rule(SourceKind sourceKind, boolean enabled, boolean includeNotes, String legalBasis, Instant updatedAt) {
	}

	private final JdbcClient jdbc;

	JournalRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Rule> all() {
		return jdbc.sql("select * from archive_rule order by source_kind").query((row, n) -> new Rule(
				SourceKind.valueOf(row.getString("source_kind")), row.getBoolean("enabled"), row.getBoolean("include_notes"),
				row.getString("legal_basis"), row.getTimestamp("updated_at").toInstant())).list();
	}

	Rule of(SourceKind kind) {
		return all().stream().filter(rule -> rule.sourceKind() == kind).findFirst()
			.orElseThrow(() -> new NotFoundException("Journaling rule", kind.name()));
	}

	@Transactional
	Rule update(SourceKind kind, boolean enabled, boolean includeNotes, String legalBasis, CurrentUser user) {
		int updated = jdbc.sql("""
				update archive_rule set enabled = :enabled, include_notes = :notes, legal_basis = :basis, updated_by = :by,
				    updated_at = :now where source_kind = :kind
				""")
			.param("enabled", enabled)
			.param("notes", includeNotes)
			.param("basis", legalBasis)
			.param("by", user.id())
			.param("now", Timestamp.from(Instant.now()))
			.param("kind", kind.name())
			.update();
		if (updated != 1) {
			throw new NotFoundException("Journaling rule", kind.name());
		}
		return of(kind);
	}

}
