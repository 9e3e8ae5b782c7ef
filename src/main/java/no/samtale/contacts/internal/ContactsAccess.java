package no.samtale.contacts.internal;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;

/**
 * Who may do what with contacts and complaints. Every employee logs contacts and registers complaints (the offices
 * receive them); advisors and admins handle complaints; analysts, leaders and admins import telephony figures and
 * read the channel mix.
 */
final class ContactsAccess {

	private ContactsAccess() {
	}

	static boolean handlesComplaints(CurrentUser user) {
		return user.hasRole(Role.ADVISOR) || user.hasRole(Role.ADMIN);
	}

	static void mayHandleComplaints(CurrentUser user) {
		if (!handlesComplaints(user)) {
			throw new ForbiddenException("Complaints are handled by advisors and admins");
		}
	}

	static void mayReadFigures(CurrentUser user) {
		if (!(user.hasRole(Role.ANALYST) || user.hasRole(Role.LEADER) || user.hasRole(Role.ADMIN))) {
			throw new ForbiddenException("Channel figures are read by analysts, leaders and admins");
		}
	}

}
