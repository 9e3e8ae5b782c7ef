package no.samtale.events.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.Spaces;
import no.samtale.events.HearingPublished;
import no.samtale.events.internal.HearingReport.Report;
import no.samtale.events.internal.HearingReport.ReportAnswer;
import no.samtale.events.internal.HearingViews.HearingSectionSummary;
import no.samtale.events.internal.HearingViews.HearingUnitSummary;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;

/**
 * Publishes a hearing's final summary, after its deadline, as a forum discussion in the space the creator picks
 * (through {@code dialogue.Discussions}, so the forum indexes it for search): the counts per section, each unit's
 * status, and the comments with who made them. The invited units' responsible people follow the discussion and are
 * told (through the notifications module, which hears {@code events.HearingPublished}). Once per hearing.
 */
@Service
class HearingPublishing {

	private final JdbcClient jdbc;

	private final HearingRows rows;

	private final HearingReport report;

	private final HearingDocuments documents;

	private final Discussions discussions;

	private final Spaces spaces;

	private final ApplicationEventPublisher events;

	HearingPublishing(JdbcClient jdbc, HearingRows rows, HearingReport report, HearingDocuments documents,
			Discussions discussions, Spaces spaces, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.report = report;
		this.documents = documents;
		this.discussions = discussions;
		this.spaces = spaces;
		this.events = events;
	}

	@Transactional
	long publish(long hearingId, long spaceId, CurrentUser user) {
		HearingRows.HearingRow hearing = rows.visible(hearingId, user);
		if (user.id() != documents.creatorOf(hearingId) && !user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only the hearing's creator and administrators publish its summary.");
		}
		HearingRows.requireSent(hearing);
		if (hearing.open(Instant.now())) {
			throw new RuleViolationException("hearing-open", "deadline",
					"The summary is published after the hearing's deadline.");
		}
		if (publishedAs(hearingId) != null) {
			throw new RuleViolationException("already-published", "hearingId", "The hearing's summary is published already.");
		}
		spaces.find(spaceId).orElseThrow(() -> new InvalidInputException("spaceId", "No such space."));
		Report summary = report.of(hearingId, user);
		Instant now = Instant.now();
		String text = body(summary);
		long discussion = discussions.start(spaceId, user.id(), "Oppsummering: " + hearing.title(), text, false,
				List.of(), now);
		// The text is kept as published: the archive journals this, not a summary recomputed later.
		jdbc.sql("""
				update events_hearing set published_discussion_id = :d, published_summary = :text, published_at = :at,
				    published_by = :by where id = :h
				""")
			.param("d", discussion)
			.param("text", text)
			.param("at", java.sql.Timestamp.from(now))
			.param("by", user.id())
			.param("h", hearingId)
			.update();
		List<Long> invited = rows.units(hearingId).stream().map(HearingRows.UnitRow::responsibleId).distinct().toList();
		invited.forEach(person -> discussions.follow(discussion, person));
		events.publishEvent(new HearingPublished(hearingId, hearing.title(), discussion, user.id(), invited, now));
		return discussion;
	}

	Long publishedAs(long hearingId) {
		// A list, not single(): single() refuses the null of a hearing not yet published.
		List<Long> found = jdbc.sql("select published_discussion_id from events_hearing where id = :h")
			.param("h", hearingId)
			.query((rs, n) -> LiveEvents.nullableLong(rs, "published_discussion_id"))
			.list();
		return found.isEmpty() ? null : found.get(0);
	}

	private static String body(Report summary) {
		StringBuilder text = new StringBuilder();
		if (!summary.summary().isBlank()) {
			text.append(summary.summary()).append("\n\n");
		}
		text.append("Høringsfristen var ")
			.append(HearingXlsx.DAY.format(summary.deadline()))
			.append(". ")
			.append(summary.counts().responses())
			.append(" svar teller.\n\n");
		for (HearingSectionSummary section : summary.counts().sections()) {
			text.append("**")
				.append(section.title())
				.append("**: ")
				.append(section.agree())
				.append(" enig, ")
				.append(section.disagree())
				.append(" uenig, ")
				.append(section.comments())
				.append(" kommentarer.\n");
			for (ReportAnswer answer : summary.answers()) {
				if (answer.section().equals(section.title()) && answer.comment() != null) {
					text.append("- ").append(answer.by()).append(": «").append(answer.comment()).append("»\n");
				}
			}
			text.append('\n');
		}
		text.append("Høringsinstansene:\n");
		for (HearingUnitSummary unit : summary.counts().units()) {
			text.append("- ").append(unit.name()).append(": ").append(HearingReport.status(unit.status())).append('\n');
		}
		return text.toString();
	}

}
