package no.samtale.archive.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.privacy.DataSubject;
import no.samtale.privacy.ErasureHold;
import no.samtale.privacy.HeldRecord;

/**
 * Journaled folders about a person fall under the duty to archive (arkivloven § 6, arkivforskriften): an erasure
 * request that meets one is stopped and shows the privacy officer which folders, and on which basis.
 */
@Component
class ArchiveErasureHold implements ErasureHold {

	static final String ARCHIVE_DUTY_BASIS = "arkivloven § 6";

	private final JdbcClient jdbc;

	ArchiveErasureHold(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<HeldRecord> holds(DataSubject subject) {
		return jdbc.sql("""
				select case_number, title, legal_basis from archive_record
				where (:id is not null and correspondent_id = :id and (:platform is null or platform = :platform))
				   or (:name is not null and lower(correspondent_name) = :name)
				order by id
				""")
			.param("id", subject.byId() ? subject.externalId() : null, java.sql.Types.VARCHAR)
			.param("platform", subject.platform(), java.sql.Types.VARCHAR)
			.param("name", subject.name() == null ? null : subject.name().toLowerCase(Locale.ROOT), java.sql.Types.VARCHAR)
			.query((row, n) -> new HeldRecord("archive", "ARCHIVE_DUTY", row.getString(1), row.getString(2),
					row.getString(3) == null ? ARCHIVE_DUTY_BASIS : ARCHIVE_DUTY_BASIS + "; " + row.getString(3)))
			.list();
	}

}
