package no.samtale.channels.internal.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A slow Graph API for the fault tests (WireMock with a fixed delay): a public reply to a comment
 * ({@code POST /{comment-id}/comments}) is created the moment the request arrives, as Meta does, and answered only
 * after the delay; the comment's replies ({@code GET /{comment-id}/comments}) list what was created, from the page.
 * Every post is counted, so a reply posted twice shows.
 */
final class SlowGraph implements AutoCloseable {

	private static final Pattern COMMENTS = Pattern.compile("/([^/?]+)/comments");

	private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Posted(String id, String message, Instant at) {
	}

	private final Map<String, List<Posted>> replies = new ConcurrentHashMap<>();

	private final String pageId;

	private final int delayMillis;

	private final WireMockServer server;

	SlowGraph(String pageId, int delayMillis) {
		this.pageId = pageId;
		this.delayMillis = delayMillis;
		this.server = new WireMockServer(WireMockConfiguration.options()
			.dynamicPort()
			.containerThreads(64)
			.extensions(new Replies()));
		server.start();
		server.stubFor(any(anyUrl()).willReturn(ResponseDefinitionBuilder.responseDefinition().withStatus(404)));
	}

	String baseUrl() {
		return server.baseUrl();
	}

	int postsTo(String commentId) {
		return replies.getOrDefault(commentId, List.of()).size();
	}

	int posts() {
		return replies.values().stream().mapToInt(List::size).sum();
	}

	@Override
	public void close() {
		server.stop();
	}

	private final class Replies implements ResponseDefinitionTransformerV2 {

		@Override
		public ResponseDefinition transform(ServeEvent event) {
			Matcher comments = COMMENTS.matcher(event.getRequest().getUrl());
			if (!comments.lookingAt()) {
				return event.getResponseDefinition();
			}
			String comment = comments.group(1);
			if (event.getRequest().getMethod().equals(RequestMethod.POST)) {
				Posted posted = new Posted("reply_" + UUID.randomUUID(), form(event.getRequest().getBodyAsString())
					.getOrDefault("message", ""), Instant.now());
				replies.computeIfAbsent(comment, c -> new CopyOnWriteArrayList<>()).add(posted);
				return json("{\"id\":\"" + posted.id() + "\"}", delayMillis);
			}
			ObjectNode page = JSON.createObjectNode();
			ArrayNode data = page.putArray("data");
			for (Posted posted : replies.getOrDefault(comment, List.of())) {
				ObjectNode reply = data.addObject();
				reply.put("id", posted.id());
				reply.put("message", posted.message());
				reply.putObject("from").put("id", pageId).put("name", "NAV");
				reply.put("created_time", GRAPH_TIME.format(posted.at()));
			}
			return json(page.toString(), 0);
		}

		@Override
		public boolean applyGlobally() {
			return true;
		}

		@Override
		public String getName() {
			return "slow-graph-replies";
		}

	}

	private static ResponseDefinition json(String body, int delay) {
		return ResponseDefinitionBuilder.responseDefinition()
			.withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody(body)
			.withFixedDelay(delay)
			.build();
	}

	private static Map<String, String> form(String body) {
		Map<String, String> values = new ConcurrentHashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}

}
