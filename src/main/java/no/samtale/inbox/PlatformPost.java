package no.samtale.inbox;

/**
 * A post on a platform as the inbox knows it: the account and the platform's own id of the post, which a public
 * comment thread keeps as its context ({@code context_external_id}).
 */
public record PlatformPost(long accountId, String externalId) {
}
