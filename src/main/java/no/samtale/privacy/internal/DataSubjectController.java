package no.samtale.privacy.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Users;
import no.samtale.platform.InvalidInputException;
import no.samtale.privacy.AccessAction;
import no.samtale.privacy.AccessLog;
import no.samtale.privacy.DataSubject;
import no.samtale.privacy.ErasedKind;
import no.samtale.privacy.HeldRecord;
import no.samtale.privacy.SubjectRecord;

/**
 * Data-subject requests (GDPR articles 15 and 17): find everything about one external person, export it as JSON, and
 * erase it once a second person approves. Every search and export is written to the access log with its reason.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'PRIVACY_OFFICER')")
class DataSubjectController {

	private final DataSubjects subjects;

	private final ErasureRequests erasures;

	private final AccessLog accessLog;

	private final Users users;

	DataSubjectController(DataSubjects subjects, ErasureRequests erasures, AccessLog accessLog, Users users) {
		this.subjects = subjects;
		this.erasures = erasures;
		this.accessLog = accessLog;
		this.users = users;
	}

	record Findings(String fingerprint, int records, Map<String, List<SubjectRecord>> sources) {
	}

	@GetMapping("/api/v1/privacy/subjects")
	Findings find(@RequestParam(required = false) String platform, @RequestParam(required = false) String externalId,
			@RequestParam(required = false) String name, @RequestParam(required = false) String reason, CurrentUser user) {
		return lookUp(platform, externalId, name, reason, AccessAction.FIND, user);
	}

	@GetMapping("/api/v1/privacy/subjects/export")
	ResponseEntity<Findings> export(@RequestParam(required = false) String platform,
			@RequestParam(required = false) String externalId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String reason, CurrentUser user) {
		Findings findings = lookUp(platform, externalId, name, reason, AccessAction.EXPORT, user);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"innsyn-" + findings.fingerprint().substring(0, 12) + ".json\"")
			.body(findings);
	}

	private Findings lookUp(String platform, String externalId, String name, String reason, AccessAction action,
			CurrentUser user) {
		DataSubject subject = DataSubjects.subject(platform, externalId, name);
		String why = requireReason(reason);
		String fingerprint = DataSubjects.fingerprint(subject);
		Map<String, List<SubjectRecord>> found = subjects.find(subject);
		accessLog.record(user, action, "data-subject", fingerprint, why);
		return new Findings(fingerprint, found.values().stream().mapToInt(List::size).sum(), found);
	}

	record NewErasure(@Nullable String platform, @Size(max = 200) @Nullable String externalId,
			@Size(max = 200) @Nullable String name,
			@NotBlank @Size(max = 1000) String reason) {
	}

	record Decision(@Size(max = 1000) @Nullable String comment) {
	}

	record ErasureView(long id, @Nullable DataSubject subject, String fingerprint, String reason,
			@Schema(allowableValues = { "PENDING", "ERASED", "REJECTED" }) String state, Person requestedBy,
			Instant requestedAt, @Nullable Person decidedBy, @Nullable Instant decidedAt,
			@Nullable String decisionComment, @Nullable Integer erasedRecords,
			List<ErasedKind> erased,
			boolean canDecide,
			@Schema(description = "Records that keep a pending erasure from being carried out (archive duty)") List<HeldRecord> holds) {
	}

	@PostMapping("/api/v1/privacy/erasures")
	@ResponseStatus(HttpStatus.CREATED)
	ErasureView request(@Valid @RequestBody NewErasure request, CurrentUser user) {
		DataSubject subject = DataSubjects.subject(request.platform(), request.externalId(), request.name());
		return view(erasures.get(erasures.request(subject, request.reason().strip(), user)), user);
	}

	@GetMapping("/api/v1/privacy/erasures")
	List<ErasureView> list(CurrentUser user) {
		return erasures.recent().stream().map(request -> view(request, user)).toList();
	}

	@PostMapping("/api/v1/privacy/erasures/{id}/approve")
	ErasureView approve(@PathVariable long id, CurrentUser user) {
		return view(erasures.approve(id, user), user);
	}

	@PostMapping("/api/v1/privacy/erasures/{id}/reject")
	ErasureView reject(@PathVariable long id, @Valid @RequestBody Decision decision, CurrentUser user) {
		if (decision.comment() == null || decision.comment().isBlank()) {
			throw new InvalidInputException("comment", "Say why the erasure is turned down");
		}
		return view(erasures.reject(id, user, decision.comment().strip()), user);
	}

	private ErasureView view(ErasureRequest request, CurrentUser user) {
		Map<Long, Person> people = users.people(request.decidedBy() == null ? List.of(request.requestedBy())
				: List.of(request.requestedBy(), request.decidedBy()));
		return new ErasureView(request.id(), request.subject(), request.fingerprint(), request.reason(),
				request.state().name(), people.get(request.requestedBy()), request.requestedAt(),
				request.decidedBy() == null ? null : people.get(request.decidedBy()), request.decidedAt(),
				request.decisionComment(), request.erasedRecords(), request.erased(),
				request.state() == ErasureRequest.State.PENDING && request.requestedBy() != user.id(),
				request.state() == ErasureRequest.State.PENDING && request.subject() != null
						? subjects.holds(request.subject()) : List.of());
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why: the search is written to the access log");
		}
		if (reason.length() > 500) {
			throw new InvalidInputException("reason", "At most 500 characters");
		}
		return reason.strip();
	}

}
