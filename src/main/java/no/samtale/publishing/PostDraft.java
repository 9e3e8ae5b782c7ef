package no.samtale.publishing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What an editor writes for a post; every field is checked by {@link Posts} before anything is stored. */
public record PostDraft(@Nullable Long accountId, @Nullable String text, @Nullable Instant publishAt,
		@Nullable Long themeId, @Nullable Long campaignId, @Nullable String link, @Nullable String firstComment) {
}
