package no.samtale.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.Api;
import tools.jackson.databind.JsonNode;

/** Steps the archive's tests share: a citizen writes privately, an advisor closes, an extract is made and read. */
final class ArchiveSteps {

	private ArchiveSteps() {
	}

	/** A citizen writes privately to NAV Foreldrepenger on the simulated Instagram account; answers the conversation. */
	static long citizenWritesPrivately(Api admin, JdbcClient jdbc, String who, String name, String text) {
		long account = account(admin);
		String id = "m-" + UUID.randomUUID();
		Api.Response pushed = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "%s", "kind": "PRIVATE", "threadExternalId": "%s", "authorExternalId": "%s",
				 "authorName": "%s", "body": "%s"}""".formatted(id, who, who, name, text));
		assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.sql("select count(*) from inbox_message where external_id = :id")
				.param("id", id).query(Long.class).single() == 1);
		return jdbc.sql("select conversation_id from inbox_message where external_id = :id")
			.param("id", id).query(Long.class).single();
	}

	static void close(Api advisor, long conversation) {
		Api.Response closed = advisor.post("/api/v1/inbox/conversations/" + conversation + "/status",
				"{\"status\": \"CLOSED\"}");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
	}

	static long recordOf(JdbcClient jdbc, String kind, long sourceId) {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> count(jdbc, kind, sourceId) == 1);
		return jdbc.sql("select id from archive_record where source_kind = :kind and source_id = :id")
			.param("kind", kind).param("id", sourceId).query(Long.class).single();
	}

	static long count(JdbcClient jdbc, String kind, long sourceId) {
		return jdbc.sql("select count(*) from archive_record where source_kind = :kind and source_id = :id")
			.param("kind", kind).param("id", sourceId).query(Long.class).single();
	}

	/** Waits for an extract to finish; answers its view. */
	static JsonNode finished(Api admin, long id) {
		JsonNode[] last = new JsonNode[1];
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
			last[0] = admin.get("/api/v1/archive/extracts/" + id).json();
			return !last[0].path("state").asString().equals("BUILDING");
		});
		return last[0];
	}

	static Map<String, byte[]> download(Api admin, String path) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(admin.base() + path))
			.header("Authorization", "Bearer demo-token-admin").build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return untar(new ByteArrayInputStream(response.body()));
	}

	/** Reads a ustar archive: file name (with prefix) to content. */
	static Map<String, byte[]> untar(InputStream in) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		while (true) {
			byte[] header = in.readNBytes(512);
			if (header.length < 512 || header[0] == 0) {
				return files;
			}
			String name = field(header, 0, 100);
			String prefix = field(header, 345, 155);
			long size = Long.parseLong(field(header, 124, 12).trim(), 8);
			files.put(prefix.isEmpty() ? name : prefix + "/" + name, in.readNBytes((int) size));
			in.readNBytes((int) ((512 - size % 512) % 512));
		}
	}

	private static String field(byte[] header, int offset, int length) {
		int end = offset;
		while (end < offset + length && header[end] != 0) {
			end++;
		}
		return new String(header, offset, end - offset, StandardCharsets.UTF_8);
	}

	static byte[] file(Map<String, byte[]> files, String name) {
		return files.entrySet().stream().filter(entry -> entry.getKey().endsWith("/" + name)).findFirst()
			.map(Map.Entry::getValue).orElseThrow(() -> new AssertionError(name + " is not in " + files.keySet()));
	}

	private static long account(Api admin) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("name").asString().equals("NAV Foreldrepenger")
					&& account.path("platform").asString().equals("INSTAGRAM")) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("No simulated Instagram account");
	}

}
