package no.samtale.guide.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import no.samtale.channels.ChatWaits;
import no.samtale.guide.GuideChannel;
import no.samtale.guide.internal.GuideViews.GuideAnswerView;
import no.samtale.platform.ExpiringCache;
import no.samtale.platform.NotFoundException;

/**
 * The guide's use cases: a citizen's lookup in the published guide (counted), a chosen route (counted), and an
 * editor's save, preview and publish.
 */
@Component
class Guide {

	private final PublishedGuide published;

	private final GuideVersions versions;

	private final UsageCounter usage;

	private final ChatWaits chatWaits;

	/** A chat's wait changes by the minute; asked of the chats at most every 30 seconds per account. */
	private final ExpiringCache<Long, Optional<Integer>> waits = new ExpiringCache<>(Duration.ofSeconds(30), 100);

	private final PhoneWaits phoneWaits;

	Guide(PublishedGuide published, GuideVersions versions, UsageCounter usage, ChatWaits chatWaits,
			PhoneWaits phoneWaits) {
		this.phoneWaits = phoneWaits;
		this.published = published;
		this.versions = versions;
		this.usage = usage;
		this.chatWaits = chatWaits;
	}

	/** The published guide, or a 404 problem while none is. */
	CompiledGuide live() {
		return published.current().orElseThrow(() -> new NotFoundException("Published guide", "live"));
	}

	GuideAnswerView lookup(CompiledGuide guide, GuideQuery query, Instant now) {
		GuideAnswerView answer = Router.answer(guide, query, now, this::waitMinutes, phoneWaits::of);
		if (!answer.routes().isEmpty()) {
			usage.routed(query.topic(), query.need(), answer.routes().get(0).channel(), now);
		}
		return answer;
	}

	/** A citizen follows a route's link: counted, and where it leads is taken from the guide, never from the request. */
	Optional<String> choose(CompiledGuide guide, GuideQuery query, GuideChannel channel, Instant now) {
		Optional<String> target = Router.answer(guide, query, now, accountId -> null, Router.PhoneWait.NONE).routes().stream()
			.filter(route -> route.channel() == channel)
			.findFirst()
			.map(route -> route.url() != null ? route.url() : route.phone() != null ? "tel:" + route.phone().replace(" ", "") : null);
		target.ifPresent(url -> usage.chosen(query.topic(), query.need(), channel, now));
		return target;
	}

	/** Refuses, naming the field, a document that breaks the guide's rules; answers it when it keeps them. */
	GuideDocument check(GuideDocument document) {
		GuideRules.check(document, published.webChatNames());
		return document;
	}

	long save(GuideDocument document, @Nullable String note, long editorId, Instant now) {
		check(document);
		return versions.save(document, note, editorId, now);
	}

	void publish(long version, long editorId, Instant now) {
		versions.publish(version, editorId, now);
		published.refresh();
	}

	/** What citizens would see with this document, saved or not; {@link #check checked} first. */
	GuideAnswerView preview(GuideDocument document, @Nullable String topic, @Nullable String need,
			@Nullable String municipality, @Nullable String lang, Instant now) {
		CompiledGuide guide = published.compile(0, document);
		return Router.answer(guide, GuideQuery.checked(guide, topic, need, municipality, lang), now, this::waitMinutes,
				phoneWaits::of);
	}

	private @Nullable Integer waitMinutes(long accountId) {
		return waits.get(accountId, chatWaits::expectedWaitMinutes).orElse(null);
	}

}
