package no.samtale.channels.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import no.samtale.platform.PublicPaths;
import no.samtale.platform.RateLimitedPath;

/**
 * What the channels serve without a login, and how often. Platforms call their webhooks with no login (each webhook
 * checks the platform's own signature), and citizens chat with no login (their chat cookie names the session). A
 * chat session, each one a new conversation in a team's queue, is capped per address, and its messages per session
 * and per address.
 */
@Configuration(proxyBeanMethods = false)
class ChannelsEdge {

	static final String CHAT_COOKIE = "SAMTALE_CHAT";

	@Bean
	PublicPaths channelsArePublic() {
		return PublicPaths.sessionless("/webhooks/**", "/api/v1/webchat/**");
	}

	@Bean
	RateLimitedPath chatSessionsPerAddress() {
		return RateLimitedPath.perAddress("chat-session", HttpMethod.POST, "/api/v1/webchat/{accountId}/session");
	}

	@Bean
	RateLimitedPath chatMessagesPerSession() {
		return RateLimitedPath.perCookie("chat-message", HttpMethod.POST, "/api/v1/webchat/{accountId}/messages",
				CHAT_COOKIE);
	}

	@Bean
	RateLimitedPath chatMessagesPerAddress() {
		return RateLimitedPath.perAddress("chat-message-address", HttpMethod.POST, "/api/v1/webchat/{accountId}/messages");
	}

}
