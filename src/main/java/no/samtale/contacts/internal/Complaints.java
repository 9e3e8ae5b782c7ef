package no.samtale.contacts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.ApprovalState;
import no.samtale.approval.Approvals;
import no.samtale.approval.Reviewer;
import no.samtale.approval.SubjectKind;
import no.samtale.contacts.internal.ComplaintStore.Complaint;
import no.samtale.contacts.internal.ComplaintViews.ComplaintRegistered;
import no.samtale.contacts.internal.ComplaintViews.NewComplaint;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.RuleViolationException;
import no.samtale.teams.Teams;

/**
 * A complaint's life: registered by anyone who receives it, answered by a handler whose response a second handler of
 * their team checks through four eyes ({@link Approvals}); each step in one transaction under the complaint's lock.
 */
@Service
class Complaints {

	private final ComplaintStore store;

	private final Approvals approvals;

	private final Teams teams;

	Complaints(ComplaintStore store, Approvals approvals, Teams teams) {
		this.store = store;
		this.approvals = approvals;
		this.teams = teams;
	}

	@Transactional
	ComplaintRegistered register(NewComplaint complaint, CurrentUser user) {
		String topic = ContactTopics.known("topic", complaint.topic());
		LocalDate today = LocalDate.now(ContactLog.OSLO);
		LocalDate received = complaint.receivedOn() == null ? today : complaint.receivedOn();
		ComplaintRules.aComplaintIsRegisteredWhenItCameAndNotBeforeAYearAgo(received, today);
		LocalDate deadline = ComplaintRules.theDeadlineIsThreeWeeksUnlessSetAndNeverBeforeReceipt(received,
				complaint.deadline());
		Long unit = complaint.unitId() == null ? user.unitId() : complaint.unitId();
		long id = store.insert(received, complaint.channel(), topic, complaint.classification(),
				complaint.text().strip(), unit, deadline, user.id(), Instant.now());
		return new ComplaintRegistered(id, ComplaintStatus.RECEIVED, deadline);
	}

	/**
	 * A handler proposes the response, or rewords the one under review or sent back. The first response goes to the
	 * handler's team for review; a later wording stays with the team and the author who wrote the first.
	 */
	@Transactional
	void respond(long id, String response, CurrentUser user) {
		ContactsAccess.mayHandleComplaints(user);
		Complaint complaint = store.locked(id);
		ComplaintRules.anAnsweredComplaintIsClosed(complaint.status());
		if (complaint.approvalId() != null) {
			approvals.reword(complaint.approvalId(), user.id(), response);
			store.status(id, ComplaintStatus.AWAITING_APPROVAL);
			return;
		}
		long team = teamOf(user);
		long approval = approvals.submit(SubjectKind.COMPLAINT, team, user.id(), response.strip(), false);
		store.submitted(id, user.id(), team, approval);
	}

	/** A second handler of the team approves the response as it stands: the complaint is answered. */
	@Transactional
	void approve(long id, CurrentUser user) {
		ContactsAccess.mayHandleComplaints(user);
		Complaint complaint = store.locked(id);
		ComplaintRules.onlyAResponseUnderReviewCanBeDecided(complaint.status());
		ApprovalRequest decided = approvals.approve(complaint.approvalId(), reviewer(user), null);
		if (decided.state() == ApprovalState.APPROVED) {
			store.answered(id, decided.body(), Instant.now());
		}
	}

	/** A second handler sends the response back with a comment: the author rewords it. */
	@Transactional
	void reject(long id, String comment, CurrentUser user) {
		ContactsAccess.mayHandleComplaints(user);
		Complaint complaint = store.locked(id);
		ComplaintRules.onlyAResponseUnderReviewCanBeDecided(complaint.status());
		approvals.reject(complaint.approvalId(), reviewer(user), comment);
		store.status(id, ComplaintStatus.IN_PROGRESS);
	}

	Reviewer reviewer(CurrentUser user) {
		return new Reviewer(user.id(), teams.teamIdsOf(user.id()));
	}

	@Nullable
	ApprovalRequest approvalOf(Complaint complaint) {
		return complaint.approvalId() == null ? null : approvals.find(complaint.approvalId()).orElse(null);
	}

	boolean mayApprove(ApprovalRequest request, CurrentUser user) {
		return approvals.mayDecide(request, reviewer(user));
	}

	/** Four eyes need a team: the handler's first, whose other members check the response. */
	private long teamOf(CurrentUser user) {
		List<Long> ids = teams.teamIdsOf(user.id());
		if (ids.isEmpty()) {
			throw new RuleViolationException("complaint-needs-team", "response",
					"You are in no team, so nobody can check your response; ask an admin to add you to one");
		}
		return ids.get(0);
	}

}
