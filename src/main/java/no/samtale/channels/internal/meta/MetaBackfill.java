package no.samtale.channels.internal.meta;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.meta.MetaPages.Page;
import no.samtale.channels.internal.meta.MetaPayload.CommentEvent;
import no.samtale.channels.internal.meta.MetaPages.PageKind;

/**
 * Reads recent comments from the Graph API to close gaps the webhook left: when a page or Instagram account is
 * connected, and after downtime ({@link MetaGapCheck}). Facebook: the page's 25 latest posts with up to 100
 * comments each ({@code GET /{page-id}/feed}); Instagram: the 25 latest media with their comments and replies
 * ({@code GET /{ig-user-id}/media}). The reads are mapped as a webhook's are ({@link MetaPayload}), and every comment
 * goes the way of a webhook's ({@link MetaDeliveryProcessor}), so the intake's unique (account, Meta id) makes one
 * seen both ways arrive once, and a removed one stays removed.
 */
@Component
class MetaBackfill {

	static final String FEED_FIELDS = "id,message,comments.filter(stream).limit(100){id,message,from,created_time,parent{id}}";

	static final String MEDIA_FIELDS = "id,caption,timestamp,comments.limit(100){id,text,timestamp,from,username,"
			+ "replies.limit(100){id,text,timestamp,from,username}}";

	private static final Logger log = LoggerFactory.getLogger(MetaBackfill.class);

	private final GraphApi graph;

	private final MetaDeliveryProcessor processor;

	MetaBackfill(GraphApi graph, MetaDeliveryProcessor processor) {
		this.graph = graph;
		this.processor = processor;
	}

	/**
	 * Reads the account's recent comments made at or after {@code since} (all recent ones when null) into the
	 * intake; answers how many were read. Throws when Meta could not be asked, so the caller keeps its mark.
	 */
	int comments(Page page, String token, Instant since) throws DeliveryFailure {
		int read = page.kind() == PageKind.INSTAGRAM ? instagram(page, token, since) : facebook(page, token, since);
		if (read > 0) {
			log.info("Backfill read {} comment(s) of Meta account {}", read, page.accountId());
		}
		return read;
	}

	private int facebook(Page page, String token, Instant since) throws DeliveryFailure {
		JsonNode feed = graph.get(page.accountId(), "/" + page.pageId() + "/feed",
				Map.of("limit", "25", "fields", FEED_FIELDS), token);
		return take(page, since, MetaPayload.ofFeed(page.pageId(), feed));
	}

	private int instagram(Page page, String token, Instant since) throws DeliveryFailure {
		JsonNode media = graph.get(page.accountId(), "/" + page.pageId() + "/media",
				Map.of("limit", "25", "fields", MEDIA_FIELDS), token);
		return take(page, since, MetaPayload.ofMedia(page.pageId(), media));
	}

	/** Hands the comments made at or after {@code since} to the processor; answers how many it stored. */
	private int take(Page page, Instant since, List<CommentEvent> comments) {
		int read = 0;
		for (CommentEvent comment : comments) {
			if ((since == null || !comment.at().isBefore(since)) && processor.backfilled(page.accountId(), comment)) {
				read++;
			}
		}
		return read;
	}

}
