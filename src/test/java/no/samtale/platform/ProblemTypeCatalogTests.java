package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every problem type the server can answer with, listed for the web client, which says each in nb, nn and en (its
 * own test fails for a type without a text). The list is {@code frontend/src/api/problemTypes.json}; a new type makes
 * this test fail until the list is rewritten ({@code -Dsamtale.problems.write=true}) and the client translates it.
 * Types come from the constants of {@link Problems} and from the slugs written where problems are raised: the
 * exceptions that take one, the four-eyes refusals, {@code Problems.type("…")} and a controller's own
 * {@code problem(HttpStatus.…, "…")}. A slug must be written out as a literal in one of those places to be found.
 */
class ProblemTypeCatalogTests {

	private static final Path CATALOG = Path.of("frontend", "src", "api", "problemTypes.json");

	private static final String SLUG = "\"([a-z0-9]+(?:-[a-z0-9]+)*)\"";

	private static final List<Pattern> RAISED_WITH_A_SLUG = Stream
		.of("Problems\\.type\\(\\s*" + SLUG, "new (?:RuleViolation|RefusedContent)Exception\\(\\s*" + SLUG,
				"new ForbiddenException\\(\\s*" + SLUG + "\\s*,", "new Refusal\\(\\s*" + SLUG,
				"problem\\(\\s*HttpStatus\\.\\w+\\s*,\\s*" + SLUG)
		.map(Pattern::compile)
		.toList();

	@Test
	void theClientKnowsEveryProblemTypeTheServerAnswersWith() throws IOException {
		String catalog = Stream.of(problemTypes().toArray(String[]::new))
			.map(slug -> "  \"" + slug + "\"")
			.collect(Collectors.joining(",\n", "[\n", "\n]\n"));
		if (Boolean.getBoolean("samtale.problems.write")) {
			Files.writeString(CATALOG, catalog, StandardCharsets.UTF_8);
		}
		assertThat(Files.readString(CATALOG, StandardCharsets.UTF_8))
			.as("frontend/src/api/problemTypes.json is out of date: run ProblemTypeCatalogTests with"
					+ " -Dsamtale.problems.write=true, commit it and give each new type a text in frontend/src/i18n")
			.isEqualTo(catalog);
	}

	@Test
	void theCatalogFindsConstantsAndSlugsRaisedInTheModules() throws IOException {
		assertThat(problemTypes()).contains("validation", "not-found", "topic-not-staffed", "own-approval",
				"personal-data", "chat-session-expired", "password-change-required", "meta-signature");
	}

	/** The slugs (what follows {@code urn:samtale:problem:}) of every type, sorted. */
	static SortedSet<String> problemTypes() throws IOException {
		SortedSet<String> slugs = new TreeSet<>();
		for (Field constant : Problems.class.getFields()) {
			if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == URI.class) {
				slugs.add(slugOf(constant));
			}
		}
		try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				String code = Files.readString(source, StandardCharsets.UTF_8);
				for (Pattern pattern : RAISED_WITH_A_SLUG) {
					Matcher matcher = pattern.matcher(code);
					while (matcher.find()) {
						slugs.add(matcher.group(1));
					}
				}
			}
		}
		return slugs;
	}

	private static String slugOf(Field constant) {
		try {
			String type = constant.get(null).toString();
			return type.substring(Arrays.asList(type.split(":")).size() > 2 ? type.lastIndexOf(':') + 1 : 0);
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

}
