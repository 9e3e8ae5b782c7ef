package no.samtale.forum.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.dialogue.ReactionKind;
import no.samtale.forum.internal.ForumRequests.MessageChange;
import no.samtale.forum.internal.ForumRequests.Reason;
import no.samtale.forum.internal.ForumViews.MessageView;
import no.samtale.forum.internal.ForumViews.ReportView;
import no.samtale.forum.internal.ForumViews.Revision;
import no.samtale.identity.CurrentUser;

/** One message: editing one's own, its history, removal by a moderator, reactions and reports. */
@RestController
class MessageController {

	private final MessageChanges changes;

	MessageController(MessageChanges changes) {
		this.changes = changes;
	}

	@PutMapping("/api/v1/messages/{id}")
	MessageView edit(@PathVariable long id, @Valid @RequestBody MessageChange request, CurrentUser user) {
		return changes.edit(id, request.body(), user);
	}

	@GetMapping("/api/v1/messages/{id}/revisions")
	List<Revision> revisions(@PathVariable long id, CurrentUser user) {
		return changes.revisions(id, user);
	}

	@PostMapping("/api/v1/messages/{id}/removal")
	MessageView remove(@PathVariable long id, @Valid @RequestBody Reason request, CurrentUser user) {
		return changes.remove(id, request.reason(), user);
	}

	@PutMapping("/api/v1/messages/{id}/reactions/{kind}")
	MessageView react(@PathVariable long id, @PathVariable ReactionKind kind, CurrentUser user) {
		return changes.react(id, kind, true, user);
	}

	@DeleteMapping("/api/v1/messages/{id}/reactions/{kind}")
	MessageView unreact(@PathVariable long id, @PathVariable ReactionKind kind, CurrentUser user) {
		return changes.react(id, kind, false, user);
	}

	@PostMapping("/api/v1/messages/{id}/reports")
	ResponseEntity<ReportView> report(@PathVariable long id, @Valid @RequestBody Reason request, CurrentUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(changes.report(id, request.reason(), user));
	}

}
