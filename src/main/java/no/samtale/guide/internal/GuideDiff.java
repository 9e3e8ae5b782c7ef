package no.samtale.guide.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * What changed between two versions of the guide, text by text: each document is read as paths to its texts and
 * values, topics and needs named by their keys, offices by their names and municipalities by their numbers (so a
 * topic moved in the list is not a change of every topic after it), routes by their place (their order is what
 * a citizen sees). A list of plain values (a need's channels, an office's postcodes) is one value.
 */
final class GuideDiff {

	enum GuideChangeKind {
		ADDED, REMOVED, CHANGED
	}

	record GuideChange(String path, GuideChangeKind kind, @Nullable String before, @Nullable String after) {
	}

	/** At most this many changes are listed: two guides that share nothing would otherwise list every text. */
	static final int MAX = 1000;

	private GuideDiff() {
	}

	static List<GuideChange> between(JsonNode before, JsonNode after) {
		Map<String, String> old = flatten(before);
		Map<String, String> now = flatten(after);
		List<GuideChange> changes = new ArrayList<>();
		old.forEach((path, value) -> {
			String next = now.get(path);
			if (next == null) {
				changes.add(new GuideChange(path, GuideChangeKind.REMOVED, value, null));
			}
			else if (!next.equals(value)) {
				changes.add(new GuideChange(path, GuideChangeKind.CHANGED, value, next));
			}
		});
		now.forEach((path, value) -> {
			if (!old.containsKey(path)) {
				changes.add(new GuideChange(path, GuideChangeKind.ADDED, null, value));
			}
		});
		return changes.size() > MAX ? changes.subList(0, MAX) : changes;
	}

	static Map<String, String> flatten(JsonNode document) {
		Map<String, String> values = new LinkedHashMap<>();
		walk(document, "", values);
		return values;
	}

	private static void walk(JsonNode node, String path, Map<String, String> values) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			return;
		}
		if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), values);
			}
		}
		else if (node.isArray()) {
			if (scalars(node)) {
				List<String> items = new ArrayList<>();
				node.forEach(item -> items.add(item.asString()));
				if (path.endsWith(".days")) {
					// Opening days are a set: stored in whatever order it was read, compared in the week's order.
					items.sort(java.util.Comparator.comparing(java.time.DayOfWeek::valueOf));
				}
				values.put(path, String.join(", ", items));
				return;
			}
			for (int i = 0; i < node.size(); i++) {
				walk(node.get(i), path + "[" + name(node.get(i), i) + "]", values);
			}
		}
		else {
			values.put(path, node.asString());
		}
	}

	private static boolean scalars(JsonNode array) {
		for (JsonNode item : array) {
			if (item.isContainer()) {
				return false;
			}
		}
		return true;
	}

	/** An element's name in a path: its key, name or number when it has one (unique by the rules), else its place. */
	private static String name(JsonNode element, int index) {
		for (String field : new String[] { "key", "number", "name" }) {
			JsonNode value = element.path(field);
			if (value.isValueNode() && !value.isNull() && !value.asString().isBlank()) {
				return value.asString();
			}
		}
		return String.valueOf(index);
	}

}
