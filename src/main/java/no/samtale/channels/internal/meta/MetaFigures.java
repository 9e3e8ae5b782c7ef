package no.samtale.channels.internal.meta;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import no.samtale.channels.Accounts;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.Figures.ObjectKind;
import no.samtale.channels.internal.connect.FigureStore;
import no.samtale.channels.internal.meta.MetaPages.Page;
import no.samtale.channels.internal.meta.MetaPages.PageKind;

/**
 * Pulls a Facebook page's figures from the Graph API into {@code channels_figure}: the page's follows and unique
 * media viewers per day ({@code page_follows}, {@code page_total_media_view_unique}; the old {@code page_fans} and
 * impression metrics were retired in 2025), and for its recent posts their lifetime unique viewers and views
 * ({@code post_total_media_view_unique}, {@code post_media_view}) as of the day pulled. Meta revises recent days,
 * so each pull reads the last few days again and overwrites: one row per account, object, metric and day.
 */
@Component
class MetaFigures {

	static final String PAGE_METRICS = "page_follows,page_total_media_view_unique";

	static final String POST_METRICS = "post_total_media_view_unique,post_media_view";

	/** Days read again on every pull, because Meta settles a day's figures late. */
	static final int DAYS_BACK = 3;

	/** Posts younger than this get a daily figure; older ones have stopped moving. */
	static final int POST_DAYS = 28;

	private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

	private static final Logger log = LoggerFactory.getLogger(MetaFigures.class);

	private final MetaPages pages;

	private final GraphApi graph;

	private final FigureStore figureStore;

	private final Accounts accounts;

	private final MetaSettings settings;

	MetaFigures(MetaPages pages, GraphApi graph, FigureStore figureStore, Accounts accounts, MetaSettings settings) {
		this.pages = pages;
		this.graph = graph;
		this.figureStore = figureStore;
		this.accounts = accounts;
		this.settings = settings;
	}

	/** Pulls every connected Facebook page once (the daily task); answers how many figures were stored. */
	int pullAll() {
		if (!settings.configured()) {
			return 0;
		}
		int stored = 0;
		for (Page page : pages.all()) {
			if (page.kind() != PageKind.FACEBOOK_PAGE) {
				continue;
			}
			try {
				stored += pull(page, LocalDate.now(ZoneOffset.UTC));
			}
			catch (DeliveryFailure failure) {
				if (failure.credentialsRejected()) {
					accounts.markReconnectNeeded(page.accountId());
				}
				log.warn("Figures of Meta account {} could not be pulled: {}{}", page.accountId(), failure.getMessage(),
						failure.trace() == null ? "" : " (trace " + failure.trace() + ")");
			}
			catch (IllegalStateException undecryptable) {
				accounts.markReconnectNeeded(page.accountId());
			}
		}
		return stored;
	}

	/** Pulls one page's figures up to {@code today}; answers how many were stored. */
	int pull(Page page, LocalDate today) throws DeliveryFailure {
		String token = pages.token(page.accountId()).orElseThrow();
		JsonNode insights = graph.get(page.accountId(), "/" + page.pageId() + "/insights",
				Map.of("metric", PAGE_METRICS, "period", "day", "since", seconds(today.minusDays(DAYS_BACK)), "until",
						seconds(today.plusDays(1))), token);
		int stored = 0;
		for (JsonNode metric : insights.path("data")) {
			for (JsonNode value : metric.path("values")) {
				LocalDate day = dayEndingAt(value.path("end_time").asString(""));
				if (day != null && value.path("value").isNumber()) {
					store(page.accountId(), page.pageId(), ObjectKind.PAGE, metric.path("name").asString(), day,
							value.path("value").asLong());
					stored++;
				}
			}
		}
		JsonNode posts = graph.get(page.accountId(), "/" + page.pageId() + "/posts", Map.of("limit", "50", "since",
				seconds(today.minusDays(POST_DAYS)), "fields", "id,created_time,insights.metric(" + POST_METRICS + ")"),
				token);
		for (JsonNode post : posts.path("data")) {
			for (JsonNode metric : post.path("insights").path("data")) {
				JsonNode value = metric.path("values").path(0).path("value");
				if (value.isNumber()) {
					store(page.accountId(), post.path("id").asString(), ObjectKind.POST, metric.path("name").asString(),
							today, value.asLong());
					stored++;
				}
			}
		}
		return stored;
	}

	/**
	 * A daily value's {@code end_time} is the end of its day (midnight Pacific time, as UTC): the day it counts is
	 * the one before.
	 */
	static LocalDate dayEndingAt(String endTime) {
		try {
			return OffsetDateTime.parse(endTime, GRAPH_TIME).minusDays(1).toLocalDate();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String seconds(LocalDate day) {
		return String.valueOf(day.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
	}

	private void store(long accountId, String objectId, ObjectKind kind, String metric, LocalDate day, long value) {
		figureStore.store(accountId, objectId, kind, metric, day, value);
	}

}
