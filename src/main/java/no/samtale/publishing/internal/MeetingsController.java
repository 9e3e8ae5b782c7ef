package no.samtale.publishing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.jspecify.annotations.Nullable;

import no.samtale.analytics.InboxFigures;
import no.samtale.analytics.InboxFigures.RisingTopic;
import no.samtale.analytics.InboxFigures.TeamInbox;
import no.samtale.analytics.TextPdf;
import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostStatus;
import no.samtale.publishing.Posts;
import no.samtale.publishing.Theme;
import no.samtale.publishing.Themes;
import no.samtale.publishing.internal.Meetings.Action;
import no.samtale.publishing.internal.PostViews.PostView;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * The weekly editorial meeting of a team, generated from the platform's own data: the wheel's themes for the next
 * four weeks, last week's posts, last week's inbox (volume, response times, rising topics, from analytics), what
 * waits for approval, the open actions; with minutes kept per week and actions that each have an owner. Exportable
 * as Markdown and PDF for the archive or printing.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class MeetingsController {

	record UpcomingTheme(long id, String title, LocalDate startsOn, LocalDate endsOn, List<String> keyMessages) {
	}

	record ActionView(long id, String isoWeek, String text, @Nullable Person owner, @Nullable Instant doneAt) {
	}

	record MeetingView(long teamId, String teamName, String isoWeek, LocalDate startsOn, LocalDate endsOn,
			List<UpcomingTheme> upcomingThemes, List<PostView> lastWeekPosts, List<PostView> awaitingApproval,
			List<ActionView> actions, @Nullable String minutes, @Nullable Person minutesBy,
			@Nullable Instant minutesUpdatedAt, TeamInbox lastWeekInbox, List<RisingTopic> risingTopics) {
	}

	record MinutesRequest(@Nullable String minutes) {
	}

	record ActionRequest(@Nullable String text, @Nullable Long ownerId) {
	}

	private final Teams teams;

	private final Themes themes;

	private final Accounts accounts;

	private final PostStore store;

	private final Posts posts;

	private final PostViews views;

	private final Meetings meetings;

	private final Users users;

	private final InboxFigures inbox;

	MeetingsController(Teams teams, Themes themes, Accounts accounts, PostStore store, Posts posts, PostViews views,
			Meetings meetings, Users users, InboxFigures inbox) {
		this.inbox = inbox;
		this.teams = teams;
		this.themes = themes;
		this.accounts = accounts;
		this.store = store;
		this.posts = posts;
		this.views = views;
		this.meetings = meetings;
		this.users = users;
	}

	@GetMapping("/api/v1/publishing/meetings/{team}/{isoWeek}")
	MeetingView meeting(@PathVariable long team, @PathVariable String isoWeek, CurrentUser user) {
		IsoWeek week = IsoWeek.parse(isoWeek);
		Team found = team(team, user);
		List<Long> accountIds = accounts.ofTeams(List.of(team)).stream().map(Account::id).toList();
		LocalDate from = week.monday();
		LocalDate until = from.plusWeeks(4).minusDays(1);
		List<UpcomingTheme> upcoming = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int year : new int[] { from.getYear(), until.getYear() }) {
			for (Theme theme : themes.wheel(user, year)) {
				if (theme.teamId() != team || seen.contains(theme.id())) {
					continue;
				}
				for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
					if (theme.period().covers(day)) {
						seen.add(theme.id());
						upcoming.add(new UpcomingTheme(theme.id(), theme.title(), theme.period().startsIn(year),
								theme.period().endsIn(year), theme.keyMessages()));
						break;
					}
				}
			}
		}
		IsoWeek last = week.previous();
		List<Post> lastWeek = store.between(accountIds, last.monday().atStartOfDay(Calendar.OSLO).toInstant(),
				from.atStartOfDay(Calendar.OSLO).toInstant())
			.stream()
			.filter(post -> post.status() == PostStatus.PUBLISHED)
			.toList();
		List<Action> actions = meetings.actions(team, week);
		var minutes = meetings.minutes(team, week);
		Set<Long> people = new HashSet<>();
		actions.forEach(action -> people.add(action.ownerId()));
		minutes.ifPresent(m -> people.add(m.updatedBy()));
		Map<Long, Person> names = users.people(people);
		return new MeetingView(team, found.name(), week.toString(), from, week.sunday(), upcoming,
				views.of(lastWeek, user), views.of(posts.awaitingApproval(List.of(team)), user),
				actions.stream()
					.map(action -> new ActionView(action.id(), action.isoWeek(), action.text(), names.get(action.ownerId()),
							action.doneAt()))
					.toList(),
				minutes.map(Meetings.Minutes::text).orElse(null),
				minutes.map(m -> names.get(m.updatedBy())).orElse(null),
				minutes.map(Meetings.Minutes::updatedAt).orElse(null), inbox.team(team, last.monday(), last.sunday()),
				inbox.risingTopics(team, last.monday(), 15));
	}

	@PutMapping("/api/v1/publishing/meetings/{team}/{isoWeek}/minutes")
	MeetingView minutes(@PathVariable long team, @PathVariable String isoWeek, @RequestBody MinutesRequest request,
			CurrentUser user) {
		IsoWeek week = IsoWeek.parse(isoWeek);
		team(team, user);
		String text = request.minutes() == null ? "" : request.minutes().strip();
		if (text.length() > 20000) {
			throw new InvalidInputException("minutes", "At most 20000 characters");
		}
		meetings.writeMinutes(team, week, text, user.id());
		return meeting(team, isoWeek, user);
	}

	/** A decision of the meeting that someone must carry out. */
	@PostMapping("/api/v1/publishing/meetings/{team}/{isoWeek}/actions")
	@ResponseStatus(HttpStatus.CREATED)
	MeetingView action(@PathVariable long team, @PathVariable String isoWeek, @RequestBody ActionRequest request,
			CurrentUser user) {
		IsoWeek week = IsoWeek.parse(isoWeek);
		Team found = team(team, user);
		if (request.text() == null || request.text().isBlank()) {
			throw new InvalidInputException("text", "Must not be empty");
		}
		if (request.text().length() > 2000) {
			throw new InvalidInputException("text", "At most 2000 characters");
		}
		if (request.ownerId() == null || !found.hasMember(request.ownerId())) {
			throw new InvalidInputException("ownerId", "Must be a member of the team");
		}
		meetings.addAction(team, week, request.text().strip(), request.ownerId(), user.id());
		return meeting(team, isoWeek, user);
	}

	@PostMapping("/api/v1/publishing/actions/{id}/done")
	ActionView done(@PathVariable long id, CurrentUser user) {
		Action action = meetings.action(id);
		team(action.teamId(), user);
		meetings.done(id);
		Action done = meetings.action(id);
		return new ActionView(done.id(), done.isoWeek(), done.text(),
				users.people(List.of(done.ownerId())).get(done.ownerId()), done.doneAt());
	}

	/** The meeting as Markdown, for the archive or for printing. */
	@GetMapping("/api/v1/publishing/meetings/{team}/{isoWeek}/markdown")
	ResponseEntity<String> markdown(@PathVariable long team, @PathVariable String isoWeek, CurrentUser user) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"redaksjonsmote-" + isoWeek.replaceAll("[^0-9W-]", "") + ".md\"")
			.body(MeetingMarkdown.of(meeting(team, isoWeek, user)));
	}

	/** The meeting as a PDF, for printing and for the minutes' archive. */
	@GetMapping("/api/v1/publishing/meetings/{team}/{isoWeek}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long team, @PathVariable String isoWeek, CurrentUser user) {
		MeetingView meeting = meeting(team, isoWeek, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "attachment; filename=\"redaksjonsmote-" + meeting.isoWeek() + ".pdf\"")
			.body(TextPdf.of(MeetingMarkdown.title(meeting), MeetingMarkdown.lines(meeting)));
	}

	private Team team(long teamId, CurrentUser user) {
		if (!themes.teamsOf(user).contains(teamId)) {
			throw new NotFoundException("Team", teamId);
		}
		return teams.get(teamId);
	}

}
