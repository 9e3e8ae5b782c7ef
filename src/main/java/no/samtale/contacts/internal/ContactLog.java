package no.samtale.contacts.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.contacts.internal.ContactViews.ContactFigureRow;
import no.samtale.contacts.internal.ContactViews.ContactFigures;
import no.samtale.contacts.internal.ContactViews.ContactLogged;
import no.samtale.contacts.internal.ContactViews.NewContact;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.identity.Unit;
import no.samtale.identity.UnitKind;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RefusedContentException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Logging a contact in one insert, and counting them by month and channel, office or topic. A contact is logged at
 * the logger's own office (an admin may log for any office or contact centre), never in the future and at most a
 * month late, so the figures stay what the offices saw.
 */
@Service
class ContactLog {

	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final Duration LATEST_LATE_LOGGING = Duration.ofDays(31);

	private final JdbcClient jdbc;

	private final Users users;

	private final PersonalDataPolicy privacy;

	ContactLog(JdbcClient jdbc, Users users, PersonalDataPolicy privacy) {
		this.jdbc = jdbc;
		this.users = users;
		this.privacy = privacy;
	}

	@Transactional
	ContactLogged record(NewContact contact, CurrentUser user) {
		String topic = ContactTopics.known("topic", contact.topic());
		long unitId = office(contact.unitId(), user);
		Instant now = Instant.now();
		Instant at = contact.occurredAt() == null ? now : contact.occurredAt();
		if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
			throw new InvalidInputException("occurredAt", "A contact cannot be logged before it happened");
		}
		if (at.isBefore(now.minus(LATEST_LATE_LOGGING))) {
			throw new InvalidInputException("occurredAt", "A contact is logged within a month of when it happened");
		}
		String note = contact.note() == null || contact.note().isBlank() ? null : contact.note().strip();
		if (privacy.holdsIdentityNumber(note)) {
			throw new RefusedContentException("personal-data", "note",
					"The note holds an identity number. The contact log keeps no personal data: remove it.");
		}
		String month = YearMonth.from(at.atZone(OSLO)).toString();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into contacts_contact (occurred_at, contact_month, unit_id, topic, channel, outcome, note, recorded_by)
				values (:at, :month, :unit, :topic, :channel, :outcome, :note, :user)
				""")
			.param("at", Timestamp.from(at))
			.param("month", month)
			.param("unit", unitId)
			.param("topic", topic)
			.param("channel", contact.channel().name())
			.param("outcome", contact.outcome().name())
			.param("note", note)
			.param("user", user.id())
			.update(key, "id");
		return new ContactLogged(key.getKey().longValue(), month, unitId);
	}

	ContactFigures figures(MonthRange range, String by) {
		String column = switch (by == null ? "channel" : by) {
			case "channel" -> "channel";
			case "office" -> "unit_id";
			case "topic" -> "topic";
			default -> throw new InvalidInputException("by", "One of channel, office, topic");
		};
		List<ContactFigureRow> rows = jdbc.sql("""
				select contact_month, %1$s as group_key, count(*) as contacts,
				    sum(case when outcome = 'HELPED_TO_SELF_SERVICE' then 1 else 0 end) as helped,
				    sum(case when outcome = 'REFERRED' then 1 else 0 end) as referred,
				    sum(case when outcome = 'FOLLOW_UP' then 1 else 0 end) as follow_up
				from contacts_contact where contact_month between :first and :last
				group by contact_month, %1$s
				""".formatted(column))
			.param("first", range.firstMonth())
			.param("last", range.lastMonth())
			.query((rs, n) -> new ContactFigureRow(rs.getString("contact_month"), rs.getString("group_key"),
					rs.getString("group_key"), rs.getLong("contacts"), rs.getLong("helped"), rs.getLong("referred"),
					rs.getLong("follow_up")))
			.list();
		List<ContactFigureRow> labelled = "unit_id".equals(column) ? withOfficeNames(rows) : new ArrayList<>(rows);
		labelled.sort(Comparator.comparing(ContactFigureRow::month).thenComparing(ContactFigureRow::key));
		return new ContactFigures(range.from(), range.to(), by == null ? "channel" : by, range.months(), labelled);
	}

	/** Where a contact is logged: the logger's own office unless an admin names another office or contact centre. */
	private long office(Long asked, CurrentUser user) {
		Long unitId = asked == null ? user.unitId() : asked;
		if (unitId == null) {
			throw new InvalidInputException("unitId", "You belong to no office: choose the office of the contact");
		}
		if (!unitId.equals(user.unitId()) && !user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Contacts are logged at your own office");
		}
		Unit unit = users.unit(unitId).orElseThrow(() -> new InvalidInputException("unitId", "No such office"));
		if (unit.kind() != UnitKind.NAV_OFFICE && unit.kind() != UnitKind.CONTACT_CENTRE) {
			throw new InvalidInputException("unitId", "Contacts are logged at an office or a contact centre");
		}
		return unitId;
	}

	private List<ContactFigureRow> withOfficeNames(List<ContactFigureRow> rows) {
		Map<String, String> names = new java.util.HashMap<>();
		List<ContactFigureRow> named = new ArrayList<>();
		for (ContactFigureRow row : rows) {
			String name = names.computeIfAbsent(row.key(),
					id -> users.unit(Long.parseLong(id)).map(Unit::name).orElse(id));
			named.add(new ContactFigureRow(row.month(), row.key(), name, row.contacts(), row.helpedToSelfService(),
					row.referred(), row.followUp()));
		}
		return named;
	}

	static String monthOf(LocalDate day) {
		return YearMonth.from(day).toString();
	}

}
