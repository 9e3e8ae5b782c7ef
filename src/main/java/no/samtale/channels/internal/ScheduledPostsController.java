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
import no.samtale.channels.internal.ScheduledPostViews.ScheduledPostView;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.InvalidInputException;

/**
 * Editors and admins schedule a page's posts for the platform to publish, and see them. A post waits for another
 * member of the account's team before it goes to the platform. An {@code Idempotency-Key} header makes a repeated
 * request (a double click, a retry after a timeout) schedule once.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class ScheduledPostsController {

	record NewScheduledPost(@NotBlank @Size(max = ScheduledPosts.MAX_MESSAGE) String message,
			@NotNull Instant publishAt) {
	}

	private final Accounts accounts;

	private final ScheduledPosts posts;

	private final ScheduledPostViews views;

	ScheduledPostsController(Accounts accounts, ScheduledPosts posts, ScheduledPostViews views) {
		this.accounts = accounts;
		this.posts = posts;
		this.views = views;
	}

	@PostMapping("/api/v1/channels/accounts/{id}/scheduled-posts")
	@ResponseStatus(HttpStatus.CREATED)
	ScheduledPostView schedule(@PathVariable long id, @Valid @RequestBody NewScheduledPost request,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, CurrentUser user) {
		accounts.get(id);
		if (key != null && key.length() > 100) {
			throw new InvalidInputException("Idempotency-Key", "At most 100 characters");
		}
		String idempotencyKey = "schedule:" + id + ":" + (key == null || key.isBlank() ? UUID.randomUUID() : key.strip());
		return views.of(posts.schedule(id, user.id(), request.message(), request.publishAt(), idempotencyKey), user);
	}

	@GetMapping("/api/v1/channels/accounts/{id}/scheduled-posts")
	List<ScheduledPostView> list(@PathVariable long id, CurrentUser user) {
		accounts.get(id);
		return views.of(posts.of(id), user);
	}

}
