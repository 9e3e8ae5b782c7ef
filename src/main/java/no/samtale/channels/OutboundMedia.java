package no.samtale.channels;

/**
 * An image that goes with a post: where the platform fetches it (a public address of this server, as Meta takes
 * photos by URL) and its alt text.
 */
public record OutboundMedia(String url, String altText) {
}
