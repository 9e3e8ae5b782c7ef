package no.samtale.channels.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.channels.ScheduledPosts;
import no.samtale.channels.internal.ScheduledPostViews.ScheduledPostView;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * Four eyes on scheduled posts: the posts waiting in the caller's teams (admins: all), and another member of the
 * account's team approving one (only then does it go to the platform) or sending it back.
 */
@RestController
class ScheduledPostApprovalController {

	record Rejection(@NotBlank @Size(max = 2000) String comment) {
	}

	private final ScheduledPosts posts;

	private final ScheduledPostViews views;

	private final Teams teams;

	ScheduledPostApprovalController(ScheduledPosts posts, ScheduledPostViews views, Teams teams) {
		this.posts = posts;
		this.views = views;
		this.teams = teams;
	}

	@GetMapping("/api/v1/channels/scheduled-posts/awaiting-approval")
	List<ScheduledPostView> awaiting(CurrentUser user) {
		List<Long> teamIds = user.hasRole(Role.ADMIN) ? teams.all().stream().map(Team::id).toList()
				: teams.teamIdsOf(user.id());
		return views.of(posts.awaitingApproval(teamIds), user);
	}

	@PostMapping("/api/v1/channels/scheduled-posts/{id}/approve")
	ScheduledPostView approve(@PathVariable long id, CurrentUser user) {
		return views.of(posts.approve(id, views.reviewer(user)), user);
	}

	@PostMapping("/api/v1/channels/scheduled-posts/{id}/reject")
	ScheduledPostView reject(@PathVariable long id, @Valid @RequestBody Rejection request, CurrentUser user) {
		return views.of(posts.reject(id, views.reviewer(user), request.comment()), user);
	}

}
