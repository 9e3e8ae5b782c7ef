package no.samtale.publishing.internal;

import org.jspecify.annotations.Nullable;

import no.samtale.channels.Platform;
import no.samtale.platform.RuleViolationException;

/**
 * What each platform takes in a post, checked before a post goes to approval so a partner never approves what the
 * platform would refuse. Lengths are the platforms' own documented limits for an organisation's post. A YouTube post
 * is a video ({@code needsVideo}); its first line is the video's title, which YouTube limits to
 * {@link #MAX_VIDEO_TITLE} characters, and YouTube refuses angle brackets in a title or description.
 */
public record PlatformRules(Platform platform, int maxLength, boolean needsImage, boolean needsVideo) {

	public static final int MAX_VIDEO_TITLE = 100;

	public static PlatformRules of(Platform platform) {
		return switch (platform) {
			case X -> new PlatformRules(platform, 280, false, false);
			case INSTAGRAM -> new PlatformRules(platform, 2200, true, false);
			case LINKEDIN -> new PlatformRules(platform, 3000, false, false);
			case FACEBOOK -> new PlatformRules(platform, 63206, false, false);
			case YOUTUBE -> new PlatformRules(platform, 5000, false, true);
			case SNAPCHAT -> new PlatformRules(platform, 250, true, false);
			case BLOG, WEB_CHAT -> new PlatformRules(platform, 8000, false, false);
		};
	}

	/** Only a platform whose post is a video takes an uploaded one; the others take a video's address. */
	public boolean takesVideo() {
		return needsVideo;
	}

	/** A video's title: the post's first line. */
	public static String videoTitle(String text) {
		String stripped = text.strip();
		int newline = stripped.indexOf('\n');
		return (newline < 0 ? stripped : stripped.substring(0, newline)).strip();
	}

	/** Whether YouTube would take this text as a video's title and description. */
	public static boolean fitsAVideo(String text) {
		String title = videoTitle(text);
		return !title.isEmpty() && title.length() <= MAX_VIDEO_TITLE && text.indexOf('<') < 0 && text.indexOf('>') < 0;
	}

	/** Posts are stored up to this many characters whatever the platform. */
	public static final int STORED_MAX = 8000;

	/** An http or https address with a host, of at most 2000 characters (a post's link or video link). */
	public static boolean webAddress(String link) {
		if (link.length() > 2000) {
			return false;
		}
		try {
			java.net.URI uri = new java.net.URI(link);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException e) {
			return false;
		}
	}

	/** Refuses a post the platform takes only with an image or a video it does not have yet (409, before approval). */
	public void requireMedia(@Nullable Long imageId, @Nullable Long videoId) {
		if (needsImage && imageId == null) {
			throw new RuleViolationException("post-needs-image", "image",
					platform + " takes only posts with an image; add one before the post is checked");
		}
		if (needsVideo && videoId == null) {
			throw new RuleViolationException("post-needs-video", "video",
					platform + " takes only posts with a video; add one before the post is checked");
		}
	}

}
