package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The web client's API types are generated from {@code frontend/openapi.json}, so the front-end build needs no
 * running server; this test keeps that file the server's own description. {@code -Dsamtale.openapi.write=true}
 * rewrites it (then {@code npm run generate:api} in {@code frontend/}, or any build, regenerates the types).
 */
class OpenApiDescriptionIntegrationTests extends IntegrationTest {

	private static final Path COMMITTED = Path.of("frontend", "openapi.json");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	@Test
	void theCommittedDescriptionIsTheServers() throws IOException {
		Api.Response docs = api().get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);

		String description = canonical(docs.body());
		if (Boolean.getBoolean("samtale.openapi.write")) {
			Files.writeString(COMMITTED, description, StandardCharsets.UTF_8);
		}
		assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
			.as("frontend/openapi.json is out of date: run OpenApiDescriptionIntegrationTests with"
					+ " -Dsamtale.openapi.write=true and commit it")
			.isEqualTo(description);
	}

	@Test
	void recordComponentsAreRequiredAndNullOnlyWhereMarked() throws IOException {
		var schemas = JSON.readTree(api().get("/v3/api-docs").body()).path("components").path("schemas");
		var unit = schemas.path("UnitView");

		assertThat(unit.path("required").toString()).contains("\"id\"", "\"name\"", "\"kind\"", "\"parentId\"");
		assertThat(unit.path("properties").path("parentId").path("type").toString()).contains("null");
		assertThat(unit.path("properties").path("name").path("type").toString()).doesNotContain("null");
	}

	/** Keys sorted and the server's own address left out (the test's port changes every run). */
	private static String canonical(String body) {
		ObjectNode tree = (ObjectNode) JSON.readTree(body);
		tree.remove("servers");
		Object sorted = JSON.treeToValue(tree, Object.class);
		return JSON.writeValueAsString(sorted) + "\n";
	}

}
