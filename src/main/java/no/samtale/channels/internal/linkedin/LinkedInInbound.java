package no.samtale.channels.internal.linkedin;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.Intake;

/**
 * Hands LinkedIn's notifications to the intake, from the webhook and from the pull alike, so a comment seen both
 * ways arrives once; a deleted comment is removed from its conversation. Answers whether the notification was for
 * a connected organization and a comment.
 */
@Component
class LinkedInInbound {

	enum Result {
		NEW, KNOWN, NOT_A_COMMENT, UNROUTABLE
	}

	private final LinkedInAccounts organizations;

	private final Intake intake;

	LinkedInInbound(LinkedInAccounts organizations, Intake intake) {
		this.organizations = organizations;
		this.intake = intake;
	}

	@Transactional
	Result receive(JsonNode notification) {
		LinkedInNotifications.Read read = LinkedInNotifications.read(notification, Instant.now());
		var organization = organizations.ofUrn(read.organization());
		if (organization.isEmpty()) {
			return Result.UNROUTABLE;
		}
		long accountId = organization.get().accountId();
		if (read.comment() == null) {
			return Result.NOT_A_COMMENT;
		}
		switch (read.action()) {
			case "COMMENT" -> {
				// The organization's own replies come back as notifications too: they are not the citizens'.
				if (read.comment().authorExternalId().equals(organization.get().urn())) {
					return Result.KNOWN;
				}
				return intake.receive(accountId, read.comment()).duplicate() ? Result.KNOWN : Result.NEW;
			}
			case "COMMENT_DELETE" -> {
				intake.changed(accountId, read.comment().externalId(), null, true);
				return Result.KNOWN;
			}
			default -> {
				return Result.NOT_A_COMMENT;
			}
		}
	}

}
