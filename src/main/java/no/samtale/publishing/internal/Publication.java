package no.samtale.publishing.internal;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.SchedulerClient;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.Capability;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundFailed;
import no.samtale.channels.OutboundMedia;
import no.samtale.channels.OutboundSent;
import no.samtale.channels.Outbox;
import no.samtale.channels.OutboxEntry;
import no.samtale.channels.OutboxEntry.State;
import no.samtale.channels.Platform;
import no.samtale.platform.RuleViolationException;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostPublished;
import no.samtale.publishing.PostStatus;
import no.samtale.publishing.internal.campaigns.Campaigns;
import no.samtale.publishing.internal.images.PostImages;

/**
 * Gets an approved post onto its platform exactly once. A Facebook page publishes a post itself when asked 10
 * minutes to 30 days ahead ({@code published=false} + {@code scheduled_publish_time}), and a YouTube channel a video
 * uploaded private with {@code publishAt} (any time ahead; a video takes a while to upload and process, so it is
 * better there early), so such a post goes to the outbox as a {@link OutboundAction#SCHEDULE} at approval; every
 * other post is handed to the outbox as a
 * {@link OutboundAction#PUBLISH} by a db-scheduler task at its minute. The outbox key names the post and its
 * approved version, so a repeated task, a restart or a second node enqueue once, and the outbox never delivers an
 * entry twice (it asks the platform after an attempt whose outcome is unknown).
 */
@Component
public class Publication {

	static final String KEY_PREFIX = "publishing:post:";

	static final Duration META_EARLIEST = Duration.ofMinutes(10);

	static final Duration META_LATEST = Duration.ofDays(30);

	private final PostStore store;

	private final Accounts accounts;

	private final Outbox outbox;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final ThemeStore themes;

	private final PostImages images;

	private final Campaigns campaigns;

	/** This server's address as the platforms reach it (SAMTALE_PUBLIC_URL); they fetch a post's image from there. */
	private final String publicUrl;

	private final PostSearchFeed search;

	private final ApplicationEventPublisher events;

	Publication(PostStore store, Accounts accounts, Outbox outbox, ObjectProvider<SchedulerClient> scheduler,
			ThemeStore themes, PostImages images, Campaigns campaigns, @Value("${samtale.public-url:}") String publicUrl,
			PostSearchFeed search, ApplicationEventPublisher events) {
		this.events = events;
		this.images = images;
		this.campaigns = campaigns;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.store = store;
		this.search = search;
		this.themes = themes;
		this.accounts = accounts;
		this.outbox = outbox;
		this.scheduler = scheduler;
	}

	static String key(Post post) {
		return KEY_PREFIX + post.id() + ":v" + post.version();
	}

	/**
	 * Whether the platform itself will publish this post at its time: a YouTube channel always (a post whose time
	 * has come is uploaded public at once), a Facebook page 10 minutes to 30 days ahead.
	 */
	boolean platformSchedules(Account account, Instant publishAt, Instant now) {
		if (account.platform() == Platform.YOUTUBE && account.connector() == ConnectorKind.YOUTUBE) {
			return accounts.capabilities(account).contains(Capability.SCHEDULE);
		}
		return account.platform() == Platform.FACEBOOK && account.connector() == ConnectorKind.META
				&& accounts.capabilities(account).contains(Capability.SCHEDULE) && insideMetasWindow(publishAt, now);
	}

	/** Meta publishes a scheduled post no sooner than 10 minutes and no later than 30 days after the request. */
	static boolean insideMetasWindow(Instant publishAt, Instant now) {
		return !publishAt.isBefore(now.plus(META_EARLIEST)) && !publishAt.isAfter(now.plus(META_LATEST));
	}

	/** Called in the approving transaction: from its commit on, the post is on its way. */
	public void start(Post post, Instant now) {
		Account account = accounts.get(post.accountId());
		if (platformSchedules(account, post.publishAt(), now)) {
			long outboxId = outbox.enqueue(post.accountId(), OutboundAction.SCHEDULE, null, body(post), key(post),
					post.publishAt(), null, media(post));
			store.handedToOutbox(post.id(), outboxId);
		}
		Instant at = post.publishAt().isBefore(now) ? now : post.publishAt();
		scheduler.getObject().scheduleIfNotExists(PublishingDueTask.instance(post.id(), post.version()), at);
	}

	/** Called when a post is edited or cancelled: what waits is stopped, and what the platform holds is removed. */
	public void stop(Post post) {
		if (post.outboxId() == null) {
			return;
		}
		OutboxEntry entry = outbox.get(post.outboxId());
		if (entry.state() == State.IN_FLIGHT && entry.action() == OutboundAction.SCHEDULE) {
			// What the platform is taking now (a video upload takes minutes) could not be withdrawn: it would stay there.
			throw new RuleViolationException("post-uploading", "status",
					"The post is being handed to the platform right now; change or cancel it when that is done");
		}
		if (entry.state() == State.PENDING || entry.state() == State.FAILED) {
			outbox.cancel(java.util.List.of(entry.id()));
		}
		else if (entry.state() == State.SENT && entry.action() == OutboundAction.SCHEDULE
				&& entry.externalResultId() != null && post.status() != PostStatus.PUBLISHED) {
			outbox.enqueue(post.accountId(), OutboundAction.DELETE, entry.externalResultId(), null,
					key(post) + ":withdrawn");
		}
	}

	/** At the publish time: hand the post to its connector, unless it was changed since or the platform has it. */
	@Transactional
	public void due(long postId, int version) {
		Post post = store.find(postId).orElse(null);
		if (post == null || post.version() != version || post.status() != PostStatus.SCHEDULED) {
			return;
		}
		post = store.locked(postId);
		if (post.outboxId() != null) {
			OutboxEntry entry = outbox.get(post.outboxId());
			if (entry.action() == OutboundAction.SCHEDULE && entry.state() == State.SENT) {
				// The platform published it itself at this time.
				store.platformHas(postId, entry.externalResultId(), Instant.now());
				published(store.get(postId), Instant.now());
			}
			return;
		}
		long outboxId = outbox.enqueue(post.accountId(), OutboundAction.PUBLISH, null, body(post), key(post), null, null,
				media(post));
		store.handedToOutbox(postId, outboxId);
	}

	/** Marks published what the platform published itself at its time. */
	@Transactional
	public void sweep() {
		Instant now = Instant.now();
		for (Post post : store.dueWithOutbox(now)) {
			OutboxEntry entry = outbox.get(post.outboxId());
			if (entry.action() == OutboundAction.SCHEDULE && entry.state() == State.SENT) {
				store.platformHas(post.id(), entry.externalResultId(), now);
				published(store.get(post.id()), now);
			}
		}
	}

	/** Tries a post the platform refused again, through the same outbox entry (never a second one). */
	public void retry(Post post) {
		if (post.outboxId() == null) {
			scheduler.getObject().scheduleIfNotExists(PublishingDueTask.instance(post.id(), post.version()), Instant.now());
			return;
		}
		outbox.retry(post.outboxId());
	}

	@ApplicationModuleListener
	void on(OutboundSent sent) {
		if (!sent.idempotencyKey().startsWith(KEY_PREFIX) || sent.idempotencyKey().endsWith(":withdrawn")
				|| sent.idempotencyKey().endsWith(":first-comment")) {
			return;
		}
		Post post = store.byOutbox(sent.outboxId()).orElse(null);
		if (post == null) {
			return;
		}
		Instant now = Instant.now();
		store.platformHas(post.id(), sent.externalResultId(), now);
		OutboxEntry entry = outbox.get(sent.outboxId());
		if (entry.action() == OutboundAction.PUBLISH || !post.publishAt().isAfter(now)) {
			published(store.get(post.id()), now);
		}
	}

	/**
	 * The post is out: marked published once, and its first comment (if any) goes under it through the outbox, as
	 * a reply to the platform's post id, once (its own key).
	 */
	private void published(Post post, Instant now) {
		if (!store.published(post.id(), now)) {
			return;
		}
		search.changed(post.id());
		events.publishEvent(new PostPublished(post.id(), post.accountId(), post.teamId(), now));
		if (post.firstComment() == null || post.externalId() == null) {
			return;
		}
		Account account = accounts.get(post.accountId());
		if (accounts.capabilities(account).contains(Capability.REPLY)) {
			outbox.enqueue(post.accountId(), OutboundAction.REPLY, post.externalId(), post.firstComment(),
					key(post) + ":first-comment");
		}
	}

	@ApplicationModuleListener
	void on(OutboundFailed failed) {
		if (!failed.idempotencyKey().startsWith(KEY_PREFIX) || failed.idempotencyKey().endsWith(":withdrawn")
				|| failed.idempotencyKey().endsWith(":first-comment")) {
			return;
		}
		store.byOutbox(failed.outboxId()).ifPresent(post -> store.failed(post.id(), failed.error(), Instant.now()));
	}

	/** A post's theme and campaign must be of its account's team. */
	public void checkReferences(no.samtale.publishing.PostDraft draft, Account account) {
		if (draft.themeId() != null && themes.find(draft.themeId()).filter(t -> t.teamId() == account.teamId()).isEmpty()) {
			throw new no.samtale.platform.InvalidInputException("themeId", "No such theme in the account's team");
		}
		if (draft.campaignId() != null
				&& campaigns.find(draft.campaignId()).filter(c -> c.teamId() == account.teamId()).isEmpty()) {
			throw new no.samtale.platform.InvalidInputException("campaignId", "No such campaign in the account's team");
		}
	}

	/**
	 * The post's video, which the connector reads from this server's disk and uploads; or its image as the platform
	 * fetches it: at this server's public address, with its alt text.
	 */
	private @Nullable OutboundMedia media(Post post) {
		if (post.videoId() != null) {
			return OutboundMedia.video(post.videoId());
		}
		if (post.imageId() == null) {
			return null;
		}
		return new OutboundMedia(publicUrl + images.publicPath(post.imageId()), images.get(post.imageId()).altText());
	}

	/**
	 * Meta fetches a post's image from this server, so a post with an image cannot go to Meta from a server that
	 * does not know its public address; said at submit rather than found at the publish time.
	 */
	public void checkMedia(Post post, Account account) {
		if (post.imageId() != null && account.connector() == ConnectorKind.META && publicUrl.isBlank()) {
			throw new no.samtale.platform.RuleViolationException("cannot-publish", "image",
					"Meta fetches a post's image from this server's public address, and none is set (SAMTALE_PUBLIC_URL)");
		}
	}

	/** What goes to the platform: the text, then the link and the video's address, each after a blank line. */
	static String body(Post post) {
		StringBuilder body = new StringBuilder(post.text());
		if (post.link() != null) {
			body.append("\n\n").append(post.link());
		}
		if (post.videoLink() != null) {
			body.append("\n\n").append(post.videoLink());
		}
		return body.toString();
	}

}
