/**
 * The agency's external channels: the teams that answer them, the accounts (a Facebook page, an Instagram
 * profile, a blog, the web chat), what arrives from them (stored before it is acknowledged, once per external id)
 * and what goes out (a transactional outbox delivered by db-scheduler, retried with backoff, never sent twice).
 * Each platform plugs in through {@link no.samtale.channels.ChannelConnector}; this module brings the web chat and
 * a simulator. It knows nothing of conversations: the inbox builds them from {@link no.samtale.channels.InboundReceived}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Channels")
package no.samtale.channels;
