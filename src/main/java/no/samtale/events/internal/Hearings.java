package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.events.internal.HearingViews.HearingList;
import no.samtale.events.internal.HearingViews.HearingSummaryItem;
import no.samtale.events.internal.HearingViews.HearingView;
import no.samtale.events.internal.HearingViews.NewHearing;
import no.samtale.events.internal.HearingViews.HearingPendingResponse;
import no.samtale.events.internal.HearingViews.HearingUnitStatus;
import no.samtale.events.internal.HearingViews.HearingUnitView;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Role;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;

/**
 * Hearings: a proposal in sections, a deadline, invited units each with a responsible person. Creating one, the
 * list, and one hearing as the caller sees it. Responses are {@link HearingResponses}, the summary
 * {@link HearingSummaries}.
 */
@Service
class Hearings {

	private final JdbcClient jdbc;

	private final HearingRows rows;

	private final Users users;

	private final HearingDocuments documents;

	private final HearingPublishing publishing;

	private final HearingDrafts drafts;

	private final HearingInvitations invitations;

	Hearings(JdbcClient jdbc, HearingRows rows, Users users, HearingDocuments documents, HearingPublishing publishing,
			HearingDrafts drafts, HearingInvitations invitations) {
		this.drafts = drafts;
		this.invitations = invitations;
		this.documents = documents;
		this.publishing = publishing;
		this.jdbc = jdbc;
		this.rows = rows;
		this.users = users;
	}

	/** A hearing sent to its units at once, or with {@code draft: true} kept as a draft to edit and send later. */
	@Transactional
	long create(NewHearing request, CurrentUser user) {
		if (!user.hasRole(Role.LEADER) && !user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only leaders and administrators send a proposal on hearing.");
		}
		Instant now = Instant.now();
		drafts.check(request, now);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into events_hearing (title, summary, deadline, anonymous_allowed, created_by, created_at, sent_at)
				values (:title, :summary, :deadline, :anonymous, :by, :now, :sent)
				""")
			.param("title", request.title().strip())
			.param("summary", request.summary() == null ? "" : request.summary().strip())
			.param("deadline", Timestamp.from(request.deadline()))
			.param("anonymous", Boolean.TRUE.equals(request.anonymousAllowed()))
			.param("by", user.id())
			.param("now", Timestamp.from(now))
			.param("sent", Boolean.TRUE.equals(request.draft()) ? null : Timestamp.from(now))
			.update(key, "id");
		long id = key.getKey().longValue();
		drafts.writeParts(id, request);
		if (!Boolean.TRUE.equals(request.draft())) {
			drafts.announce(id, user);
		}
		return id;
	}

	/** Sent hearings, and the drafts the caller manages (their own; an administrator's: all). */
	@Transactional(readOnly = true)
	HearingList list(CurrentUser user) {
		Instant now = Instant.now();
		return new HearingList(jdbc.sql("""
				select h.*,
				  (select count(*) from events_hearing_unit u where u.hearing_id = h.id) as invited,
				  (select count(distinct r.unit_id) from events_hearing_response r
				     where r.hearing_id = h.id and r.unit_id is not null and r.approved_at is not null) as answered
				from events_hearing h
				where h.sent_at is not null or h.created_by = :me or :admin
				order by case when h.sent_at is null then 0 else 1 end, h.deadline desc
				""")
			.param("me", user.id())
			.param("admin", user.hasRole(Role.ADMIN))
			.query((rs, n) -> new HearingSummaryItem(rs.getLong("id"), rs.getString("title"),
					rs.getTimestamp("deadline").toInstant(), now.isBefore(rs.getTimestamp("deadline").toInstant()),
					rs.getInt("invited"), rs.getInt("answered"), rs.getTimestamp("sent_at") == null))
			.list());
	}

	@Transactional(readOnly = true)
	HearingView show(long hearingId, CurrentUser user) {
		HearingRows.HearingRow hearing = rows.visible(hearingId, user);
		List<HearingRows.UnitRow> units = rows.units(hearingId);
		Map<Long, HearingUnitStatus> statuses = rows.statuses(hearing);
		Map<Long, Person> people = users.people(units.stream().map(HearingRows.UnitRow::responsibleId).toList());
		List<HearingUnitView> unitViews = units.stream()
			.map(unit -> new HearingUnitView(unit.unitId(), rows.unitName(unit.unitId()), people.get(unit.responsibleId()),
					statuses.get(unit.unitId()), HearingRows.speaksFor(unit, user)))
			.toList();
		record Pending(long id, long unitId, long authorId, Instant at) {
		}
		List<Pending> pending = jdbc.sql("""
				select r.id, r.unit_id, r.author_id, r.created_at from events_hearing_response r
				join events_hearing_unit u on u.hearing_id = r.hearing_id and u.unit_id = r.unit_id
				where r.hearing_id = :h and r.approved_at is null and u.responsible_id = :me order by r.id
				""")
			.param("h", hearingId)
			.param("me", user.id())
			.query((rs, n) -> new Pending(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("author_id"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		Map<Long, Person> authors = users.people(pending.stream().map(Pending::authorId).toList());
		return new HearingView(hearing.id(), hearing.title(), hearing.summary(), hearing.deadline(),
				hearing.open(Instant.now()), hearing.anonymousAllowed(), rows.sections(hearingId), unitViews,
				pending.stream()
					.map(p -> new HearingPendingResponse(p.id(), p.unitId(), rows.unitName(p.unitId()), authors.get(p.authorId()), p.at()))
					.toList(),
				documents.of(hearingId), hearing.managedBy(user), publishing.publishedAs(hearingId), hearing.draft(),
				invitations.changes(hearingId));
	}

}
