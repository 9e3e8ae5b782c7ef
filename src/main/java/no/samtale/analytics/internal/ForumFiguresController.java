package no.samtale.analytics.internal;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.dialogue.SpaceKind;
import no.samtale.dialogue.SpaceRecord;
import no.samtale.dialogue.Spaces;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.NotFoundException;

/**
 * The forum's figures per space and month, and its monthly report (all spaces together, with its peaks), as JSON
 * and as CSV/XLSX with the same numbers. Analysts and admins read them; for anyone else they do not exist.
 */
@RestController
class ForumFiguresController {

	record ForumSpaceOption(long id, String name, SpaceKind kind) {
	}

	record ForumFiguresView(@Nullable Long spaceId, @Nullable String spaceName, String from, String to,
			List<ForumMonths.ForumMonth> items, ForumMonths.ForumPeaks peaks) {
	}

	static final List<String> HEADER = List.of("month", "views", "posts", "members", "contributors", "top1Share",
			"top10Share", "questions", "firstAnswerP50Seconds", "verifiedAnswerP50Seconds", "escalationsOpen",
			"escalationsOverdue");

	private final Spaces spaces;

	private final ForumReports months;

	private final Downloads downloads;

	ForumFiguresController(Spaces spaces, ForumReports months, Downloads downloads) {
		this.spaces = spaces;
		this.months = months;
		this.downloads = downloads;
	}

	/** The forum's spaces whose figures the caller may read (none unless analyst or admin). */
	@GetMapping("/api/v1/analytics/forum/spaces")
	List<ForumSpaceOption> spaces(CurrentUser user) {
		if (!AnalyticsAccess.readsEverything(user)) {
			return List.of();
		}
		return forumSpaces().stream().map(s -> new ForumSpaceOption(s.id(), s.name(), s.kind())).toList();
	}

	@ApiResponse(responseCode = "200", description = "Months of one space (space=id) or of the whole forum",
			content = { @Content(mediaType = "application/json",
					schema = @Schema(implementation = ForumFiguresView.class)),
					@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
					@Content(mediaType = Exports.XLSX, schema = @Schema(type = "string", format = "binary")) })
	@GetMapping(value = "/api/v1/analytics/forum/monthly",
			produces = { MediaType.APPLICATION_JSON_VALUE, "text/csv", Exports.XLSX })
	ResponseEntity<?> monthly(@RequestParam(required = false) Long space,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String format, CurrentUser user) {
		String kind = Downloads.format(format);
		MonthRange range = MonthRange.parse(from, to);
		if (!AnalyticsAccess.readsEverything(user)) {
			throw new NotFoundException(space == null ? "Forum figures" : "Space", space == null ? "" : space);
		}
		List<SpaceRecord> chosen = forumSpaces();
		if (space != null) {
			chosen = chosen.stream().filter(s -> s.id() == space).toList();
			if (chosen.isEmpty()) {
				throw new NotFoundException("Space", space);
			}
		}
		ForumMonths.ForumReport report = chosen.isEmpty()
				? new ForumMonths.ForumReport(List.of(), new ForumMonths.ForumPeaks(null, 0, null, 0, null, 0))
				: months.of(chosen.stream().map(SpaceRecord::id).toList(), range);
		ForumFiguresView view = new ForumFiguresView(space, space == null ? null : chosen.get(0).name(),
				range.from().toString(), range.to().toString(), report.months(), report.peaks());
		if (kind.equals("json")) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
		}
		String subject = space == null ? "all" : String.valueOf(space);
		return downloads.export(user, kind,
				new Downloads.Subject("analytics-forum-monthly", subject,
						"forum figures " + range.from() + " to " + range.to(),
						"samtale-forum-" + subject + "-" + range.from() + "-" + range.to()),
				"forum", HEADER, report.months().stream().map(ForumFiguresController::exportRow).toList());
	}

	private List<SpaceRecord> forumSpaces() {
		return forumSpaces(spaces);
	}

	/** The forum's spaces: its topics and groups. */
	static List<SpaceRecord> forumSpaces(Spaces spaces) {
		return spaces.ofKinds(List.of(SpaceKind.TOPIC, SpaceKind.GROUP));
	}

	/**
	 * A month with one to four posters or members could point to the people behind it: those counts, and the
	 * shares computed from so few posters, are written {@code <5}.
	 */
	static List<Object> exportRow(ForumMonths.ForumMonth m) {
		boolean fewPosters = m.contributors() > 0 && m.contributors() < Suppression.THRESHOLD;
		List<Object> row = new ArrayList<>();
		row.add(m.month());
		row.add(m.views());
		row.add(m.posts());
		row.add(Suppression.personal((int) Math.min(Integer.MAX_VALUE, m.members())));
		row.add(Suppression.personal(m.contributors()));
		row.add(fewPosters ? Suppression.SUPPRESSED : m.top1Share());
		row.add(fewPosters ? Suppression.SUPPRESSED : m.top10Share());
		row.add(m.questions());
		row.add(m.firstAnswerP50Seconds());
		row.add(m.verifiedAnswerP50Seconds());
		row.add(m.escalationsOpen());
		row.add(m.escalationsOverdue());
		return row;
	}

}
