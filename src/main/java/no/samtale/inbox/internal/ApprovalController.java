package no.samtale.inbox.internal;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.Approvals;
import no.samtale.approval.SubjectKind;
import no.samtale.identity.CurrentUser;
import no.samtale.inbox.internal.InboxRequests.Approval;
import no.samtale.inbox.internal.InboxRequests.Rejection;
import no.samtale.inbox.internal.InboxRequests.Reworded;
import no.samtale.inbox.internal.ReplyViews.ApprovalView;
import no.samtale.inbox.internal.ReplyViews.ReplyView;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;
import no.samtale.teams.Duty;

/** Four-eyes on replies: the partner's queue and decisions, and the author's rewording and retry. */
@RestController
class ApprovalController {

	private final InboxAccess access;

	private final Approvals approvals;

	private final ReplyWorkflow workflow;

	private final ReplyReview review;

	private final ReplyViews replyViews;

	private final Duty duty;

	ApprovalController(InboxAccess access, Approvals approvals, ReplyWorkflow workflow, ReplyReview review,
			ReplyViews replyViews, Duty duty) {
		this.duty = duty;
		this.review = review;
		this.access = access;
		this.approvals = approvals;
		this.workflow = workflow;
		this.replyViews = replyViews;
	}

	/**
	 * What waits for a partner: first what the caller may check in the teams where they are on duty now
	 * ({@code forYou: true}); {@code forYou=true} shows only that. Anyone in the team may still check any of it.
	 */
	@GetMapping("/api/v1/approvals")
	PageResponse<ApprovalView> queue(@RequestParam(required = false) Long teamId,
			@RequestParam(required = false) Boolean forYou, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, CurrentUser user) {
		List<Long> teams = access.teamsOf(user);
		if (teamId != null) {
			teams = teams.contains(teamId) ? List.of(teamId) : List.of();
		}
		List<Long> onDuty = duty.teamsOnDuty(user.id(), teams, Instant.now());
		if (Boolean.TRUE.equals(forYou)) {
			teams = onDuty;
		}
		PageResponse<ApprovalRequest> pending = approvals.pending(SubjectKind.REPLY, teams, onDuty, user.id(),
				PageQuery.of(page, size));
		return new PageResponse<>(replyViews.queue(pending.items(), user, onDuty), pending.page(), pending.size(),
				pending.totalElements(), pending.totalPages());
	}

	@PostMapping("/api/v1/approvals/{replyId}/approve")
	ReplyView approve(@PathVariable long replyId, @Valid @RequestBody(required = false) Approval request,
			CurrentUser user) {
		review.approve(replyId, user, request == null ? null : request.body());
		return replyViews.reply(replyId, user);
	}

	@PostMapping("/api/v1/approvals/{replyId}/reject")
	ReplyView reject(@PathVariable long replyId, @Valid @RequestBody Rejection request, CurrentUser user) {
		review.reject(replyId, user, request.comment());
		return replyViews.reply(replyId, user);
	}

	@PutMapping("/api/v1/inbox/replies/{replyId}")
	ReplyView reword(@PathVariable long replyId, @Valid @RequestBody Reworded request, CurrentUser user) {
		review.reword(replyId, user, request.body());
		return replyViews.reply(replyId, user);
	}

	@PostMapping("/api/v1/inbox/replies/{replyId}/retry")
	ReplyView retry(@PathVariable long replyId, CurrentUser user) {
		workflow.retry(replyId, user);
		return replyViews.reply(replyId, user);
	}

}
