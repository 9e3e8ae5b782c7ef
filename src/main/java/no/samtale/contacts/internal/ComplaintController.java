package no.samtale.contacts.internal;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.contacts.internal.ComplaintViews.ComplaintFigures;
import no.samtale.contacts.internal.ComplaintViews.ComplaintList;
import no.samtale.contacts.internal.ComplaintViews.ComplaintRegistered;
import no.samtale.contacts.internal.ComplaintViews.ComplaintRejection;
import no.samtale.contacts.internal.ComplaintViews.ComplaintResponseDraft;
import no.samtale.contacts.internal.ComplaintViews.ComplaintView;
import no.samtale.contacts.internal.ComplaintViews.NewComplaint;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.PageQuery;

/** Service complaints: any employee registers one; advisors and admins handle them, two of them per response. */
@RestController
class ComplaintController {

	private final Complaints complaints;

	private final ComplaintReading reading;

	private final ComplaintFigureCounts figures;

	ComplaintController(Complaints complaints, ComplaintReading reading, ComplaintFigureCounts figures) {
		this.complaints = complaints;
		this.reading = reading;
		this.figures = figures;
	}

	@PostMapping("/api/v1/complaints")
	ResponseEntity<ComplaintRegistered> register(@Valid @RequestBody NewComplaint complaint, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(complaints.register(complaint, user));
	}

	/** Open complaints first, soonest deadline first; {@code status} filters. */
	@GetMapping("/api/v1/complaints")
	ComplaintList list(@RequestParam(required = false) @Nullable ComplaintStatus status,
			@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size,
			CurrentUser user) {
		return reading.list(status, PageQuery.of(page, size), user);
	}

	@GetMapping("/api/v1/complaints/figures")
	ComplaintFigures figures(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			CurrentUser user) {
		if (!ContactsAccess.handlesComplaints(user) && !user.hasRole(Role.ANALYST) && !user.hasRole(Role.LEADER)) {
			throw new ForbiddenException("Complaint figures are read by handlers, analysts and leaders");
		}
		return figures.of(MonthRange.of(from, to));
	}

	@GetMapping("/api/v1/complaints/{id}")
	ComplaintView show(@PathVariable long id, CurrentUser user) {
		return reading.show(id, user);
	}

	/** Proposes (or rewords) the response; it waits for a second handler of the author's team. */
	@PostMapping("/api/v1/complaints/{id}/response")
	ComplaintView respond(@PathVariable long id, @Valid @RequestBody ComplaintResponseDraft draft, CurrentUser user) {
		complaints.respond(id, draft.response(), user);
		return reading.show(id, user);
	}

	@PostMapping("/api/v1/complaints/{id}/response/approve")
	ComplaintView approve(@PathVariable long id, CurrentUser user) {
		complaints.approve(id, user);
		return reading.show(id, user);
	}

	@PostMapping("/api/v1/complaints/{id}/response/reject")
	ComplaintView reject(@PathVariable long id, @Valid @RequestBody ComplaintRejection rejection, CurrentUser user) {
		complaints.reject(id, rejection.comment(), user);
		return reading.show(id, user);
	}

}
