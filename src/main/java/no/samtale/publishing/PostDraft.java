package no.samtale.publishing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What an editor writes for a post; every field is checked by {@link Posts} before anything is stored.
 * {@code imageId} names an image uploaded for the account's team (with its alt text); {@code videoLink} is the
 * address of a video (http or https); {@code videoId} names a video uploaded for a YouTube account's team.
 */
public record PostDraft(@Nullable Long accountId, @Nullable String text, @Nullable Instant publishAt,
		@Nullable Long themeId, @Nullable Long campaignId, @Nullable String link, @Nullable String firstComment,
		@Nullable Long imageId, @Nullable String videoLink, @Nullable Long videoId) {

	/** A post without an uploaded video. */
	public PostDraft(@Nullable Long accountId, @Nullable String text, @Nullable Instant publishAt,
			@Nullable Long themeId, @Nullable Long campaignId, @Nullable String link, @Nullable String firstComment,
			@Nullable Long imageId, @Nullable String videoLink) {
		this(accountId, text, publishAt, themeId, campaignId, link, firstComment, imageId, videoLink, null);
	}

	/** A post of text (and links) alone. */
	public PostDraft(@Nullable Long accountId, @Nullable String text, @Nullable Instant publishAt,
			@Nullable Long themeId, @Nullable Long campaignId, @Nullable String link, @Nullable String firstComment) {
		this(accountId, text, publishAt, themeId, campaignId, link, firstComment, null, null, null);
	}

}
