package no.samtale.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.ConflictException;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.AccessAction;
import no.samtale.privacy.AccessLog;
import no.samtale.privacy.DataSubject;
import no.samtale.privacy.ErasedKind;
import no.samtale.privacy.HeldRecord;

/**
 * Erasure with four eyes: one person asks, another decides. Approval erases in every module and clears the request's
 * identifiers in one transaction, so either all of it happened or none.
 */
@Component
class ErasureRequests {

	private final JdbcClient jdbc;

	private final DataSubjects subjects;

	private final AccessLog accessLog;

	ErasureRequests(JdbcClient jdbc, DataSubjects subjects, AccessLog accessLog) {
		this.jdbc = jdbc;
		this.subjects = subjects;
		this.accessLog = accessLog;
	}

	@Transactional
	long request(DataSubject subject, String reason, CurrentUser user) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into privacy_erasure_request (subject_platform, subject_external_id, subject_name,
				    subject_fingerprint, reason, state, requested_by, requested_at)
				values (:platform, :externalId, :name, :fingerprint, :reason, 'PENDING', :user, :now)
				""")
			.param("platform", subject.platform())
			.param("externalId", subject.externalId())
			.param("name", subject.name())
			.param("fingerprint", DataSubjects.fingerprint(subject))
			.param("reason", reason)
			.param("user", user.id())
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	@Transactional
	ErasureRequest approve(long id, CurrentUser user) {
		ErasureRequest request = lockedForDecision(id, user);
		List<HeldRecord> held = subjects.holds(request.subject());
		if (!held.isEmpty()) {
			// Stopped, not refused: the request stays pending with the holds shown, so the officer can reject it
			// with the reason or wait until the records may go.
			throw new RuleViolationException("erasure-held", "subject", "Erasure stopped: " + held.size()
					+ " record(s) are kept under archive duty (" + held.get(0).legalBasis() + ")");
		}
		List<ErasedKind> erased = subjects.erase(request.subject());
		decide(id, ErasureRequest.State.ERASED, user, null, erased);
		accessLog.record(user, AccessAction.ERASE, "data-subject", request.fingerprint(), request.reason());
		return get(id);
	}

	@Transactional
	ErasureRequest reject(long id, CurrentUser user, String comment) {
		lockedForDecision(id, user);
		decide(id, ErasureRequest.State.REJECTED, user, comment, null);
		return get(id);
	}

	ErasureRequest get(long id) {
		return jdbc.sql("select * from privacy_erasure_request where id = :id")
			.param("id", id)
			.query(ErasureRequests::request)
			.optional()
			.orElseThrow(() -> new NotFoundException("Erasure request", id));
	}

	List<ErasureRequest> recent() {
		return jdbc.sql("""
				select * from privacy_erasure_request order by case when state = 'PENDING' then 0 else 1 end,
				    requested_at desc, id desc limit 100
				""").query(ErasureRequests::request).list();
	}

	private ErasureRequest lockedForDecision(long id, CurrentUser user) {
		ErasureRequest request = jdbc.sql("select * from privacy_erasure_request where id = :id for update")
			.param("id", id)
			.query(ErasureRequests::request)
			.optional()
			.orElseThrow(() -> new NotFoundException("Erasure request", id));
		ErasureRules.onlyAPendingRequestCanBeDecided(request).ifPresent(ErasureRequests::refuse);
		ErasureRules.onlyAnotherPersonMayDecide(request, user.id()).ifPresent(ErasureRequests::refuse);
		return request;
	}

	private static void refuse(ErasureRules.Refusal refusal) {
		if (refusal.slug().equals("approval-decided")) {
			throw new RuleViolationException(refusal.slug(), null, refusal.reason());
		}
		throw new ForbiddenException(refusal.slug(), refusal.reason());
	}

	private void decide(long id, ErasureRequest.State state, CurrentUser user, String comment, List<ErasedKind> erased) {
		int updated = jdbc.sql("""
				update privacy_erasure_request set state = :state, decided_by = :user, decided_at = :now,
				    decision_comment = :comment, erased_records = :erased, erased_facts = :facts, subject_platform = null,
				    subject_external_id = null, subject_name = null
				where id = :id and state = 'PENDING'
				""")
			.param("state", state.name())
			.param("user", user.id())
			.param("now", Timestamp.from(Instant.now()))
			.param("comment", comment)
			.param("erased", erased == null ? null : erased.stream().mapToInt(ErasedKind::count).sum(),
					java.sql.Types.INTEGER)
			.param("facts", erased == null ? null : ErasureRequest.stored(erased), java.sql.Types.VARCHAR)
			.param("id", id)
			.update();
		if (updated != 1) {
			throw new ConflictException("state", "Someone decided this in the meantime");
		}
	}

	private static ErasureRequest request(ResultSet row, int rowNumber) throws SQLException {
		String externalId = row.getString("subject_external_id");
		String name = row.getString("subject_name");
		DataSubject subject = externalId == null && name == null ? null
				: new DataSubject(row.getString("subject_platform"), externalId, name);
		Timestamp decidedAt = row.getTimestamp("decided_at");
		return new ErasureRequest(row.getLong("id"), subject, row.getString("subject_fingerprint"),
				row.getString("reason"), ErasureRequest.State.valueOf(row.getString("state")), row.getLong("requested_by"),
				row.getTimestamp("requested_at").toInstant(), (Long) row.getObject("decided_by", Long.class),
				decidedAt == null ? null : decidedAt.toInstant(), row.getString("decision_comment"),
				(Integer) row.getObject("erased_records", Integer.class), ErasureRequest.read(row.getString("erased_facts")));
	}

}
