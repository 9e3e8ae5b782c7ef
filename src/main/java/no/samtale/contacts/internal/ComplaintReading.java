package no.samtale.contacts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.ApprovalState;
import no.samtale.contacts.internal.ComplaintStore.Complaint;
import no.samtale.contacts.internal.ComplaintViews.ComplaintList;
import no.samtale.contacts.internal.ComplaintViews.ComplaintResponseView;
import no.samtale.contacts.internal.ComplaintViews.ComplaintSummary;
import no.samtale.contacts.internal.ComplaintViews.ComplaintView;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Person;
import no.samtale.identity.Unit;
import no.samtale.identity.Users;
import no.samtale.platform.PageQuery;
import no.samtale.privacy.AccessAction;
import no.samtale.privacy.AccessLog;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Complaints as handlers read them. Lists show a masked excerpt; a complaint's own page shows the text in full, and
 * that look is written to the access log (the text may name the person and their health or finances).
 */
@Service
class ComplaintReading {

	private static final int EXCERPT = 140;

	private final ComplaintStore store;

	private final Complaints complaints;

	private final Users users;

	private final PersonalDataPolicy privacy;

	private final AccessLog accessLog;

	ComplaintReading(ComplaintStore store, Complaints complaints, Users users, PersonalDataPolicy privacy,
			AccessLog accessLog) {
		this.store = store;
		this.complaints = complaints;
		this.users = users;
		this.privacy = privacy;
		this.accessLog = accessLog;
	}

	ComplaintList list(@Nullable ComplaintStatus status, PageQuery page, CurrentUser user) {
		ContactsAccess.mayHandleComplaints(user);
		LocalDate today = LocalDate.now(ContactLog.OSLO);
		List<ComplaintSummary> items = store.page(status, page)
			.stream()
			.map(c -> new ComplaintSummary(c.id(), c.receivedOn(), c.channel(), c.topic(), c.classification(),
					c.status(), c.deadline(), ComplaintRules.isOverdue(c.status(), c.deadline(), today), excerpt(c.text()),
					unitName(c.unitId())))
			.toList();
		return new ComplaintList(items, page.page(), page.size(), store.count(status));
	}

	ComplaintView show(long id, CurrentUser user) {
		ContactsAccess.mayHandleComplaints(user);
		Complaint c = store.get(id);
		accessLog.record(user, AccessAction.VIEW, "complaint", String.valueOf(id), "Handling a service complaint");
		LocalDate today = LocalDate.now(ContactLog.OSLO);
		List<String> found = privacy.findings(c.text()).stream().map(f -> f.type().code()).distinct().toList();
		return new ComplaintView(c.id(), c.receivedOn(), c.channel(), c.topic(), c.classification(), c.text(), found,
				c.status(), c.deadline(), ComplaintRules.isOverdue(c.status(), c.deadline(), today), unitName(c.unitId()),
				c.handlerId() == null ? null : name(c.handlerId()), response(c, user), c.response(), c.answeredAt());
	}

	private @Nullable ComplaintResponseView response(Complaint complaint, CurrentUser user) {
		ApprovalRequest request = complaints.approvalOf(complaint);
		if (request == null || request.body() == null) {
			return null;
		}
		boolean mayReword = request.authorId() == user.id() && request.state() != ApprovalState.APPROVED
				&& request.state() != ApprovalState.CANCELLED;
		return new ComplaintResponseView(request.id(), request.body(), request.state(), request.authorId(),
				name(request.authorId()), request.rejectionComment(), complaints.mayApprove(request, user), mayReword);
	}

	private String excerpt(String text) {
		String masked = privacy.masked(text).replaceAll("\\s+", " ").strip();
		return masked.length() <= EXCERPT ? masked : masked.substring(0, EXCERPT - 1) + "…";
	}

	private @Nullable String unitName(@Nullable Long unitId) {
		return unitId == null ? null : users.unit(unitId).map(Unit::name).orElse(null);
	}

	private @Nullable String name(long userId) {
		Map<Long, Person> people = users.people(List.of(userId));
		Person person = people.get(userId);
		return person == null ? null : person.name();
	}

}
