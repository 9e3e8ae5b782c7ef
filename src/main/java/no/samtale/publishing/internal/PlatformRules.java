package no.samtale.publishing.internal;

import no.samtale.channels.Platform;

/**
 * What each platform takes in a post, checked before a post goes to approval so a partner never approves what the
 * platform would refuse. Lengths are the platforms' own documented limits for an organisation's post.
 */
public record PlatformRules(Platform platform, int maxLength, boolean needsImage) {

	public static PlatformRules of(Platform platform) {
		return switch (platform) {
			case X -> new PlatformRules(platform, 280, false);
			case INSTAGRAM -> new PlatformRules(platform, 2200, true);
			case LINKEDIN -> new PlatformRules(platform, 3000, false);
			case FACEBOOK -> new PlatformRules(platform, 63206, false);
			case YOUTUBE -> new PlatformRules(platform, 5000, false);
			case SNAPCHAT -> new PlatformRules(platform, 250, true);
			case BLOG, WEB_CHAT -> new PlatformRules(platform, 8000, false);
		};
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

}
