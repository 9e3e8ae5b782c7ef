package no.samtale.channels;

import org.jspecify.annotations.Nullable;

/**
 * What goes with a post: an image, which the platform fetches from {@code url} (a public address of this server, as
 * Meta takes photos by URL) with its alt text; or a video, which the connector uploads itself (YouTube takes the
 * bytes), named by {@code videoId} and read through {@link OutboundVideos}.
 */
public record OutboundMedia(@Nullable String url, String altText, @Nullable Long videoId) {

	/** An image by its public address. */
	public OutboundMedia(String url, String altText) {
		this(url, altText, null);
	}

	/** A post's stored video. */
	public static OutboundMedia video(long videoId) {
		return new OutboundMedia(null, "", videoId);
	}

	public boolean isVideo() {
		return videoId != null;
	}

}
