package no.samtale.platform.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * A client may leave out a member of a request body that may be null (Jackson reads it as null), so in every schema
 * a request body uses, directly or nested, such a member is optional. Answers keep it required: the server always
 * writes it, null or not (see {@link RecordSchemas}).
 */
class OptionalRequestMembers implements OpenApiCustomizer {

	private static final String PREFIX = "#/components/schemas/";

	@Override
	@SuppressWarnings("rawtypes")
	public void customise(OpenAPI openApi) {
		if (openApi.getPaths() == null || openApi.getComponents() == null
				|| openApi.getComponents().getSchemas() == null) {
			return;
		}
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		Deque<Schema> toVisit = new ArrayDeque<>();
		openApi.getPaths()
			.values()
			.stream()
			.flatMap(path -> path.readOperations().stream())
			.map(Operation::getRequestBody)
			.filter(Objects::nonNull)
			.filter(body -> body.getContent() != null)
			.flatMap(body -> body.getContent().values().stream())
			.map(media -> media.getSchema())
			.filter(Objects::nonNull)
			.forEach(toVisit::add);
		Set<String> visited = new HashSet<>();
		while (!toVisit.isEmpty()) {
			Schema schema = toVisit.pop();
			if (schema.get$ref() != null) {
				String name = schema.get$ref().substring(PREFIX.length());
				if (visited.add(name) && schemas.get(name) != null) {
					relax(schemas.get(name));
					toVisit.push(schemas.get(name));
				}
				continue;
			}
			children(schema).forEach(toVisit::push);
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void relax(Schema schema) {
		if (schema.getRequired() == null || schema.getProperties() == null) {
			return;
		}
		Map<String, Schema> properties = schema.getProperties();
		List<String> required = ((List<String>) schema.getRequired()).stream()
			.filter(name -> properties.get(name) == null || !mayBeNull(properties.get(name)))
			.toList();
		schema.setRequired(required.isEmpty() ? null : required);
	}

	@SuppressWarnings("rawtypes")
	private static boolean mayBeNull(Schema property) {
		Set<String> types = property.getTypes();
		boolean nullInOneOf = property.getOneOf() != null && ((List<Schema>) property.getOneOf()).stream()
			.anyMatch(choice -> choice.getTypes() != null && choice.getTypes().contains("null"));
		return (types != null && types.contains("null")) || nullInOneOf;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Stream<Schema> children(Schema schema) {
		Stream<Schema> properties = schema.getProperties() == null ? Stream.empty()
				: ((Map<String, Schema>) schema.getProperties()).values().stream();
		Stream<Schema> items = schema.getItems() == null ? Stream.empty() : Stream.of(schema.getItems());
		Stream<Schema> choices = schema.getOneOf() == null ? Stream.empty()
				: ((Collection<Schema>) schema.getOneOf()).stream();
		Stream<Schema> values = schema.getAdditionalProperties() instanceof Schema value ? Stream.of(value)
				: Stream.empty();
		return Stream.of(properties, items, choices, values).flatMap(s -> s);
	}

}
