package no.samtale.channels;

/** What an admin sets on an account. */
public record AccountSettings(Platform platform, String name, String handle, long teamId, ConnectorKind connector,
		OpeningHours openingHours, int responseTargetMinutes, boolean privateRepliesNeedApproval) {
}
