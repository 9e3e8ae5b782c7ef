package no.samtale.analytics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.analytics.internal.Annotations.Annotation;
import no.samtale.analytics.internal.Annotations.AnnotationKind;
import no.samtale.channels.Account;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;

/**
 * Annotations that explain a peak on the charts (a reform, a campaign, a live chat). One for a team or an account is
 * written and read by those who read its figures; one for the whole agency (neither given) by analysts and admins,
 * and read by everyone who reads figures.
 */
@RestController
class AnnotationController {

	record AnnotationInput(@Nullable Long teamId, @Nullable Long accountId, @Nullable String kind,
			@Nullable String title, @Nullable String from, @Nullable String to) {
	}

	record AnnotationView(long id, @Nullable Long teamId, @Nullable Long accountId, AnnotationKind kind, String title,
			LocalDate from, LocalDate to) {
	}

	record AnnotationList(List<AnnotationView> items) {
	}

	record AnnotationCreated(long id) {
	}

	private final Annotations annotations;

	private final AnalyticsAccess access;

	AnnotationController(Annotations annotations, AnalyticsAccess access) {
		this.annotations = annotations;
		this.access = access;
	}

	/** The annotations overlapping the range: the agency's, and the given team's or account's (and its team's). */
	@GetMapping("/api/v1/analytics/annotations")
	AnnotationList list(@RequestParam(required = false) Long teamId, @RequestParam(required = false) Long accountId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			CurrentUser user) {
		DateRange range = DateRange.parse(from, to);
		Long team = teamId == null ? null : access.team(teamId, user).id();
		Account account = accountId == null ? null : access.account(accountId, user);
		Long accountTeam = account == null ? null : account.teamId();
		return new AnnotationList(annotations.overlapping(range.from(), range.to())
			.stream()
			.filter(a -> (a.teamId() == null && a.accountId() == null)
					|| (a.teamId() != null && (a.teamId().equals(team) || a.teamId().equals(accountTeam)))
					|| (a.accountId() != null && account != null && a.accountId() == account.id()))
			.map(AnnotationController::view)
			.toList());
	}

	@PostMapping("/api/v1/analytics/annotations")
	@ResponseStatus(HttpStatus.CREATED)
	AnnotationCreated create(@RequestBody AnnotationInput input, CurrentUser user) {
		Annotation valid = validate(0, input);
		mayWrite(valid, user);
		return new AnnotationCreated(annotations.add(valid, user.id()));
	}

	/** Changes the kind, title and days; the team or account stays (make a new one for another). */
	@PutMapping("/api/v1/analytics/annotations/{id}")
	@Transactional
	AnnotationView update(@PathVariable long id, @RequestBody AnnotationInput input, CurrentUser user) {
		Annotation existing = readable(id, user);
		Annotation changed = validate(id, new AnnotationInput(existing.teamId(), existing.accountId(), input.kind(),
				input.title(), input.from(), input.to()));
		annotations.update(changed);
		return view(changed);
	}

	@DeleteMapping("/api/v1/analytics/annotations/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, CurrentUser user) {
		readable(id, user);
		annotations.delete(id);
	}

	private Annotation readable(long id, CurrentUser user) {
		Annotation annotation = annotations.find(id).orElseThrow(() -> new NotFoundException("Annotation", id));
		try {
			mayWrite(annotation, user);
		}
		catch (ForbiddenException e) {
			if (!AnalyticsAccess.readsEverything(user)) {
				throw new NotFoundException("Annotation", id);
			}
			throw e;
		}
		return annotation;
	}

	private void mayWrite(Annotation a, CurrentUser user) {
		if (a.teamId() != null) {
			access.team(a.teamId(), user);
		}
		else if (a.accountId() != null) {
			access.account(a.accountId(), user);
		}
		else if (!AnalyticsAccess.readsEverything(user)) {
			throw new ForbiddenException("Only analysts and admins annotate the whole agency's figures");
		}
	}

	/** Every field checked before anything is written; the problem names the first field that is wrong. */
	static Annotation validate(long id, AnnotationInput input) {
		if (input.teamId() != null && input.accountId() != null) {
			throw new InvalidInputException("accountId", "An annotation is for a team or an account, not both");
		}
		AnnotationKind kind;
		try {
			kind = AnnotationKind.valueOf(input.kind() == null ? "" : input.kind().trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind", "One of REFORM, CAMPAIGN, LIVE_CHAT, OTHER");
		}
		String title = input.title() == null ? "" : input.title().strip();
		if (title.isEmpty() || title.length() > 200 || title.contains("\n")) {
			throw new InvalidInputException("title", "One line of 1 to 200 characters");
		}
		if (input.from() == null || input.from().isBlank()) {
			throw new InvalidInputException("from", "The first day, as YYYY-MM-DD");
		}
		try {
			LocalDate.parse(input.from());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException("from", "The first day, as YYYY-MM-DD");
		}
		DateRange range = DateRange.parse(input.from(), input.to() == null || input.to().isBlank() ? input.from()
				: input.to());
		return new Annotation(id, input.teamId(), input.accountId(), kind, title, range.from(), range.to());
	}

	private static AnnotationView view(Annotation a) {
		return new AnnotationView(a.id(), a.teamId(), a.accountId(), a.kind(), a.title(), a.from(), a.to());
	}

}
