package no.samtale.channels;

/** An account on an external platform, answered by one team. */
public record Account(long id, Platform platform, String name, String handle, long teamId, ConnectorKind connector,
		AccountState state, OpeningHours openingHours, int responseTargetMinutes, boolean privateRepliesNeedApproval) {
}
