package no.samtale.guide.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Platform;
import no.samtale.guide.internal.CompiledGuide.ChatAccount;

/**
 * The published guide, held in memory: the public page is the most read page an agency has, so a citizen's request
 * reads no table. Publishing on this node swaps it at once; a background refresh every 15 seconds picks up a version
 * published on another node and changed web chat hours.
 */
@Component
class PublishedGuide {

	private final GuideVersions versions;

	private final Accounts accounts;

	/** Null until first read, then empty until a version is published; read without a lock on every request. */
	private volatile Optional<CompiledGuide> current;

	PublishedGuide(GuideVersions versions, Accounts accounts) {
		this.versions = versions;
		this.accounts = accounts;
	}

	Optional<CompiledGuide> current() {
		Optional<CompiledGuide> guide = current;
		if (guide == null) {
			refresh();
			guide = current;
		}
		return guide;
	}

	@Scheduled(fixedDelay = 15_000, initialDelay = 15_000)
	void refresh() {
		current = versions.publishedVersion().map(version -> compile(version, versions.document(version)));
	}

	/** A saved document compiled for reading, for the preview of a version not yet published too. */
	CompiledGuide compile(long version, GuideDocument document) {
		return CompiledGuide.of(version, document, webChats());
	}

	/** Whether a web chat account of this name exists, for the rules a saved guide must pass. */
	Predicate<String> webChatNames() {
		Map<String, ChatAccount> chats = webChats();
		return chats::containsKey;
	}

	private Map<String, ChatAccount> webChats() {
		Map<String, ChatAccount> chats = new HashMap<>();
		for (Account account : accounts.all()) {
			if (account.platform() == Platform.WEB_CHAT) {
				chats.put(account.name(), new ChatAccount(account.id(), account.openingHours()));
			}
		}
		return chats;
	}

}
