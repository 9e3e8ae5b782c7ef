package no.samtale.inbox.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.inbox.internal.CannedAnswers.CannedAnswer;
import no.samtale.inbox.internal.InboxRequests.Canned;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.NotFoundException;

/** A team's canned answers: its advisors read and maintain them; admins may too. */
@RestController
class CannedAnswerController {

	private final InboxAccess access;

	private final CannedAnswers answers;

	CannedAnswerController(InboxAccess access, CannedAnswers answers) {
		this.access = access;
		this.answers = answers;
	}

	@GetMapping("/api/v1/inbox/teams/{teamId}/canned-answers")
	List<CannedAnswer> list(@PathVariable long teamId, CurrentUser user) {
		member(teamId, user);
		return answers.ofTeam(teamId);
	}

	@PostMapping("/api/v1/inbox/teams/{teamId}/canned-answers")
	@ResponseStatus(HttpStatus.CREATED)
	CannedAnswer create(@PathVariable long teamId, @Valid @RequestBody Canned request, CurrentUser user) {
		member(teamId, user);
		return answers.get(answers.create(teamId, request.title().strip(), request.body().strip()));
	}

	@PutMapping("/api/v1/inbox/canned-answers/{id}")
	CannedAnswer update(@PathVariable long id, @Valid @RequestBody Canned request, CurrentUser user) {
		member(answers.get(id).teamId(), user);
		answers.update(id, request.title().strip(), request.body().strip());
		return answers.get(id);
	}

	@DeleteMapping("/api/v1/inbox/canned-answers/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, CurrentUser user) {
		member(answers.get(id).teamId(), user);
		answers.delete(id);
	}

	private void member(long teamId, CurrentUser user) {
		if (user.hasRole(Role.ADMIN)) {
			return;
		}
		if (!access.teamsOf(user).contains(teamId)) {
			throw new NotFoundException("Team", teamId);
		}
		if (!access.mayWork(user, teamId)) {
			throw new ForbiddenException("Only advisors of the team");
		}
	}

}
