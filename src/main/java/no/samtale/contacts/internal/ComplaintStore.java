package no.samtale.contacts.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import no.samtale.contacts.ContactChannel;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;

/** The complaints' table. The text is read and written here and nowhere logged. */
@Repository
class ComplaintStore {

	/** One complaint as stored. */
	record Complaint(long id, LocalDate receivedOn, ContactChannel channel, String topic,
			ComplaintClassification classification, String text, @Nullable Long unitId, ComplaintStatus status,
			LocalDate deadline, long registeredBy, @Nullable Long handlerId, @Nullable Long teamId,
			@Nullable Long approvalId, @Nullable String response, @Nullable Instant answeredAt) {
	}

	private final JdbcClient jdbc;

	ComplaintStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(LocalDate receivedOn, ContactChannel channel, String topic, ComplaintClassification classification,
			String text, @Nullable Long unitId, LocalDate deadline, long registeredBy, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into contacts_complaint (received_on, received_month, channel, topic, classification,
				    complaint_text, unit_id, status, deadline, registered_by, registered_at)
				values (:received, :month, :channel, :topic, :classification, :text, :unit, 'RECEIVED', :deadline,
				    :by, :now)
				""")
			.param("received", Date.valueOf(receivedOn))
			.param("month", ContactLog.monthOf(receivedOn))
			.param("channel", channel.name())
			.param("topic", topic)
			.param("classification", classification.name())
			.param("text", text)
			.param("unit", unitId)
			.param("deadline", Date.valueOf(deadline))
			.param("by", registeredBy)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Complaint get(long id) {
		return find(id, "").orElseThrow(() -> new NotFoundException("Complaint", id));
	}

	/** The complaint under a row lock, so two handlers acting at once act one after the other. */
	Complaint locked(long id) {
		return find(id, " for update").orElseThrow(() -> new NotFoundException("Complaint", id));
	}

	private Optional<Complaint> find(long id, String lock) {
		return jdbc.sql("select * from contacts_complaint where id = :id" + lock)
			.param("id", id)
			.query(ComplaintStore::row)
			.optional();
	}

	List<Complaint> page(@Nullable ComplaintStatus status, PageQuery page) {
		return jdbc.sql("""
				select * from contacts_complaint where (cast(:status as varchar(20)) is null or status = cast(:status as varchar(20)))
				order by case when status = 'ANSWERED' then 1 else 0 end, deadline, id
				offset :offset rows fetch first :size rows only
				""")
			.param("status", status == null ? null : status.name())
			.param("offset", page.offset())
			.param("size", page.size())
			.query(ComplaintStore::row)
			.list();
	}

	long count(@Nullable ComplaintStatus status) {
		return jdbc.sql("select count(*) from contacts_complaint where (cast(:status as varchar(20)) is null or status = cast(:status as varchar(20)))")
			.param("status", status == null ? null : status.name())
			.query(Long.class)
			.single();
	}

	void submitted(long id, long handlerId, long teamId, long approvalId) {
		jdbc.sql("""
				update contacts_complaint set status = 'AWAITING_APPROVAL', handler_id = :handler, team_id = :team,
				    approval_id = :approval
				where id = :id
				""")
			.param("handler", handlerId)
			.param("team", teamId)
			.param("approval", approvalId)
			.param("id", id)
			.update();
	}

	void status(long id, ComplaintStatus status) {
		jdbc.sql("update contacts_complaint set status = :status where id = :id")
			.param("status", status.name())
			.param("id", id)
			.update();
	}

	void answered(long id, String response, Instant at) {
		jdbc.sql("""
				update contacts_complaint set status = 'ANSWERED', response = :response, answered_at = :at where id = :id
				""")
			.param("response", response)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	private static Complaint row(ResultSet rs, int n) throws SQLException {
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		return new Complaint(rs.getLong("id"), rs.getDate("received_on").toLocalDate(),
				ContactChannel.valueOf(rs.getString("channel")), rs.getString("topic"),
				ComplaintClassification.valueOf(rs.getString("classification")), rs.getString("complaint_text"),
				rs.getObject("unit_id", Long.class), ComplaintStatus.valueOf(rs.getString("status")),
				rs.getDate("deadline").toLocalDate(), rs.getLong("registered_by"), rs.getObject("handler_id", Long.class),
				rs.getObject("team_id", Long.class), rs.getObject("approval_id", Long.class), rs.getString("response"),
				answeredAt == null ? null : answeredAt.toInstant());
	}

}
