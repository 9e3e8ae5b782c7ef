package no.samtale.channels.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.channels.Accounts;
import no.samtale.channels.ScheduledPosts;
import no.samtale.channels.ScheduledPosts.ScheduledPost;
import no.samtale.platform.InvalidInputException;

/**
 * Editors and admins schedule a page's posts for the platform to publish, and see them. An
 * {@code Idempotency-Key} header makes a repeated request (a double click, a retry after a timeout) schedule once.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class ScheduledPostsController {

	record NewScheduledPost(@NotBlank @Size(max = ScheduledPosts.MAX_MESSAGE) String message,
			@NotNull Instant publishAt) {
	}

	private final Accounts accounts;

	private final ScheduledPosts posts;

	ScheduledPostsController(Accounts accounts, ScheduledPosts posts) {
		this.accounts = accounts;
		this.posts = posts;
	}

	@PostMapping("/api/v1/channels/accounts/{id}/scheduled-posts")
	@ResponseStatus(HttpStatus.CREATED)
	ScheduledPost schedule(@PathVariable long id, @Valid @RequestBody NewScheduledPost request,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		accounts.get(id);
		if (key != null && key.length() > 100) {
			throw new InvalidInputException("Idempotency-Key", "At most 100 characters");
		}
		String idempotencyKey = "schedule:" + id + ":" + (key == null || key.isBlank() ? UUID.randomUUID() : key.strip());
		long entry = posts.schedule(id, request.message(), request.publishAt(), idempotencyKey);
		return posts.of(id).stream().filter(post -> post.id() == entry).findFirst().orElseThrow();
	}

	@GetMapping("/api/v1/channels/accounts/{id}/scheduled-posts")
	List<ScheduledPost> list(@PathVariable long id) {
		accounts.get(id);
		return posts.of(id);
	}

}
