package no.samtale.guide.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.guide.internal.GuideVersions.GuideVersionView;
import no.samtale.guide.internal.GuideViews.GuideAnswerView;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editors keep the guide: each save is a new version (refused, naming the field, when a route has no target or a
 * topic leaves a need without a route), a preview shows what a citizen would get, publishing makes a version live,
 * and a diff says what changed between two versions.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class GuideAdminController {

	record GuideSaveRequest(@Nullable GuideDocument document, @Nullable String note) {
	}

	record GuideSaved(long version) {
	}

	record GuidePreviewRequest(@Nullable GuideDocument document, @Nullable String topic, @Nullable String need,
			@Nullable String municipality, @Nullable String lang) {
	}

	/** One version with its document, for the editor to start from. */
	record GuideVersionDocument(long version, GuideDocument document) {
	}

	/** What changed from one version to another, text by text. */
	record GuideDiffView(long from, long to, List<GuideDiff.GuideChange> changes) {
	}

	private final Guide guide;

	private final GuideVersions versions;

	private final JsonMapper json;

	GuideAdminController(Guide guide, GuideVersions versions, JsonMapper json) {
		this.guide = guide;
		this.versions = versions;
		this.json = json;
	}

	@GetMapping("/api/v1/guide/versions")
	List<GuideVersionView> history() {
		return versions.history();
	}

	@GetMapping("/api/v1/guide/versions/{version}")
	GuideVersionDocument version(@PathVariable long version) {
		return new GuideVersionDocument(version, versions.document(version));
	}

	/** 404 when either version does not exist; the changes in the order of the older document, then what is new. */
	@GetMapping("/api/v1/guide/diff")
	GuideDiffView diff(@RequestParam long from, @RequestParam long to) {
		JsonNode before = json.valueToTree(versions.document(from));
		JsonNode after = json.valueToTree(versions.document(to));
		return new GuideDiffView(from, to, GuideDiff.between(before, after));
	}

	@PostMapping("/api/v1/guide/versions")
	@ResponseStatus(HttpStatus.CREATED)
	GuideSaved save(@RequestBody GuideSaveRequest request, CurrentUser editor) {
		if (request.note() != null && request.note().length() > 500) {
			throw new InvalidInputException("note", "At most 500 characters");
		}
		GuideDocument document = document(request.document());
		return new GuideSaved(inDocument(() -> guide.save(document, request.note(), editor.id(), Instant.now())));
	}

	@PostMapping("/api/v1/guide/versions/{version}/publish")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void publish(@PathVariable long version, CurrentUser editor) {
		guide.publish(version, editor.id(), Instant.now());
	}

	@PostMapping("/api/v1/guide/preview")
	GuideAnswerView preview(@RequestBody GuidePreviewRequest request) {
		GuideDocument document = document(request.document());
		inDocument(() -> guide.check(document));
		return guide.preview(document, request.topic(), request.need(), request.municipality(), request.lang(),
				Instant.now());
	}

	/** A rule broken inside the document names its field from the request's root: {@code document.topics[0].routes}. */
	private static <T> T inDocument(java.util.function.Supplier<T> work) {
		try {
			return work.get();
		}
		catch (InvalidInputException e) {
			throw new InvalidInputException("document." + e.field(), e.code(), e.getMessage());
		}
	}

	private static GuideDocument document(@Nullable GuideDocument document) {
		if (document == null) {
			throw new InvalidInputException("document", "Must not be empty");
		}
		return document;
	}

}
