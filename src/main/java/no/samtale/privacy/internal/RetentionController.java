package no.samtale.privacy.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.InvalidInputException;
import no.samtale.privacy.RetentionAction;
import no.samtale.privacy.RetentionCategory;
import no.samtale.privacy.RetentionTarget;

/** The retention rules, a dry run of what they would remove today, and a run on demand. */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER')")
class RetentionController {

	private final RetentionPolicies policies;

	private final RetentionRunner runner;

	private final List<RetentionTarget> targets;

	private final Users users;

	RetentionController(RetentionPolicies policies, RetentionRunner runner, List<RetentionTarget> targets,
			Users users) {
		this.targets = targets;
		this.users = users;
		this.policies = policies;
		this.runner = runner;
	}

	/**
	 * {@code months} must be sent: a number, or {@code null} to keep for good. Missing, it is a 400 naming it, so a
	 * client that forgot it does not switch retention off by accident.
	 */
	record PolicyChange(@JsonProperty(required = true) Optional<Integer> months, @NotNull RetentionAction action) {
	}

	@GetMapping("/api/v1/privacy/retention")
	List<RetentionPolicy> policies() {
		return policies.all();
	}

	@PutMapping("/api/v1/privacy/retention/{category}")
	RetentionPolicy change(@PathVariable RetentionCategory category, @Valid @RequestBody PolicyChange change,
			CurrentUser user) {
		Integer months = change.months().orElse(null);
		if (months != null && targets.stream().noneMatch(target -> target.category() == category)) {
			throw new InvalidInputException("months", "Nothing removes " + category + " data by time yet; it is kept");
		}
		if (targets.stream().anyMatch(t -> t.category() == category && !t.actions().contains(change.action()))) {
			throw new InvalidInputException("action", category + " data can only be " + RetentionAction.DELETE);
		}
		policies.change(category, months, change.action(), user.id());
		return policies.get(category);
	}

	/** {@code dryRun=true} (the default) only counts; {@code false} removes now, as the nightly task would. */
	@PostMapping("/api/v1/privacy/retention/runs")
	RunView run(@RequestParam(defaultValue = "true") boolean dryRun, CurrentUser user) {
		return views(List.of(runner.run(dryRun, user.id()))).get(0);
	}

	@GetMapping("/api/v1/privacy/retention/runs")
	List<RunView> runs() {
		return views(runner.recent(20));
	}

	/** A run as people read it: who started it by name ({@code startedBy}), null for the nightly task. */
	record RunView(@Nullable Long id, Instant startedAt, boolean dryRun, @Nullable Long triggeredBy,
			@Nullable Person startedBy, int records,
			List<RetentionRun.Line> lines) {
	}

	private List<RunView> views(List<RetentionRun> runs) {
		Map<Long, Person> people = users
			.people(runs.stream().map(RetentionRun::triggeredBy).filter(Objects::nonNull).distinct().toList());
		return runs.stream()
			.map(run -> new RunView(run.id(), run.startedAt(), run.dryRun(), run.triggeredBy(),
					run.triggeredBy() == null ? null : people.get(run.triggeredBy()), run.records(), run.lines()))
			.toList();
	}

}
