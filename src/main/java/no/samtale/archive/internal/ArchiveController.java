package no.samtale.archive.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.archive.internal.ArchiveViews.ArchiveOverview;
import no.samtale.archive.internal.ArchiveViews.ArchiveRecordDetail;
import no.samtale.archive.internal.ArchiveViews.ArchiveRecordView;
import no.samtale.archive.internal.ArchiveViews.ArchiveRuleUpdate;
import no.samtale.archive.internal.ArchiveViews.ArchiveRuleView;
import no.samtale.archive.internal.ArchiveViews.ExtractCreated;
import no.samtale.archive.internal.ArchiveViews.ExtractRequest;
import no.samtale.archive.internal.ArchiveViews.ExtractView;
import no.samtale.archive.internal.ArchiveViews.JournalRequest;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.teams.Teams;

/**
 * Journaling by hand, the journaled folders and their live deliveries, the journaling rules, and extracts. An
 * archivist's tool (ARCHIVIST and ADMIN); advisors journal their teams' conversations by hand.
 */
@RestController
class ArchiveController {

	private final Journal journal;

	private final ArchiveQueries queries;

	private final JournalRules rules;

	private final LiveJournaling live;

	private final Extracts extracts;

	private final Sources sources;

	private final Teams teams;

	ArchiveController(Journal journal, ArchiveQueries queries, JournalRules rules, LiveJournaling live,
			Extracts extracts, Sources sources, Teams teams) {
		this.sources = sources;
		this.teams = teams;
		this.journal = journal;
		this.queries = queries;
		this.rules = rules;
		this.live = live;
		this.extracts = extracts;
	}

	/** 201 with the new folder; 200 with the folder already journaled for this item (stored once). */
	@PostMapping("/api/v1/archive/records")
	ResponseEntity<ArchiveRecordDetail> journal(@Valid @RequestBody JournalRequest request, CurrentUser user) {
		SourceKind kind = kind(request.sourceKind(), "sourceKind");
		if (!mayJournal(user, kind, request.sourceId())) {
			throw new ForbiddenException(
					"Only an archivist, an administrator or an advisor of the conversation's team may journal it");
		}
		Journal.Journaled done = journal.journal(kind, request.sourceId(), user.name());
		ArchiveRecordDetail detail = queries.detail(done.record().id());
		return done.created()
				? ResponseEntity.created(URI.create("/api/v1/archive/records/" + done.record().id())).body(detail)
				: ResponseEntity.ok(detail);
	}

	@GetMapping("/api/v1/archive/records")
	List<ArchiveRecordView> records(@RequestParam(defaultValue = "ALL") String filter, CurrentUser user) {
		requireArchivist(user);
		try {
			return queries.list(ArchiveQueries.Filter.valueOf(filter));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("filter", "One of WAITING, SENT, FAILED, ALL");
		}
	}

	@GetMapping("/api/v1/archive/records/{id}")
	ArchiveRecordDetail record(@PathVariable long id, CurrentUser user) {
		requireArchivist(user);
		return queries.detail(id);
	}

	@GetMapping("/api/v1/archive/records/{id}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId, CurrentUser user) {
		requireArchivist(user);
		ArchiveQueries.StoredContent document = queries.document(id, documentId);
		String name = document.fileName().substring(document.fileName().lastIndexOf('/') + 1);
		return ResponseEntity.ok()
			.contentType(document.format().equals("PDF/A") ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_JSON)
			.header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString())
			.body(document.content());
	}

	@PostMapping("/api/v1/archive/records/{id}/retry")
	ArchiveRecordDetail retry(@PathVariable long id, CurrentUser user) {
		requireArchivist(user);
		live.retry(id);
		return queries.detail(id);
	}

	@GetMapping("/api/v1/archive/overview")
	ArchiveOverview overview(CurrentUser user) {
		requireArchivist(user);
		return queries.overview();
	}

	@GetMapping("/api/v1/archive/rules")
	List<ArchiveRuleView> rules(CurrentUser user) {
		requireArchivist(user);
		return rules.all().stream().map(ArchiveController::view).toList();
	}

	@PutMapping("/api/v1/archive/rules/{sourceKind}")
	ArchiveRuleView updateRule(@PathVariable String sourceKind, @Valid @RequestBody ArchiveRuleUpdate update,
			CurrentUser user) {
		requireArchivist(user);
		SourceKind kind = kind(sourceKind, "sourceKind");
		return view(rules.update(kind, update.enabled(), update.includeNotes(), update.legalBasis().strip(), user));
	}

	@PostMapping("/api/v1/archive/extracts")
	ResponseEntity<ExtractCreated> extract(@Valid @RequestBody ExtractRequest request, CurrentUser user) {
		requireArchivist(user);
		long id = extracts.request(request.from(), request.to(), user);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/v1/archive/extracts/" + id))
			.body(new ExtractCreated(id));
	}

	@GetMapping("/api/v1/archive/extracts")
	List<ExtractView> extracts(CurrentUser user) {
		requireArchivist(user);
		return extracts.recent().stream().map(ArchiveController::view).toList();
	}

	@GetMapping("/api/v1/archive/extracts/{id}")
	ExtractView extract(@PathVariable long id, CurrentUser user) {
		requireArchivist(user);
		return view(extracts.get(id));
	}

	@GetMapping("/api/v1/archive/extracts/{id}/download")
	ResponseEntity<Resource> download(@PathVariable long id, CurrentUser user) throws java.io.IOException {
		requireArchivist(user);
		Path file = extracts.file(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/x-tar"))
			.contentLength(Files.size(file))
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
			.body(new FileSystemResource(file));
	}

	private static ExtractView view(ExtractStore.Extract e) {
		return new ExtractView(e.id(), e.from(), e.to(), e.state().name(), e.requestedAt(), e.finishedAt(), e.sizeBytes(),
				e.sha256(), e.folders(), e.entries(), e.documents(), e.failures(),
				e.state() == ExtractStore.State.READY ? "/api/v1/archive/extracts/" + e.id() + "/download" : null);
	}

	private static ArchiveRuleView view(JournalRules.Rule rule) {
		// Every source now has an event that closes it, so every rule can journal automatically.
		return new ArchiveRuleView(rule.sourceKind().name(), rule.enabled(), rule.includeNotes(), rule.legalBasis(),
				true, rule.updatedAt());
	}

	private static SourceKind kind(String value, String field) {
		try {
			return SourceKind.valueOf(value);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new InvalidInputException(field, "One of CONVERSATION, ESCALATION, HEARING, POST");
		}
	}

	/** Archivists and administrators journal anything; an advisor a conversation of a team they are in. */
	private boolean mayJournal(CurrentUser user, SourceKind kind, long sourceId) {
		if (user.hasRole(Role.ARCHIVIST) || user.hasRole(Role.ADMIN)) {
			return true;
		}
		return user.hasRole(Role.ADVISOR) && kind == SourceKind.CONVERSATION && sources.conversationTeam(sourceId)
			.map(team -> teams.isMember(team, user.id())).orElse(false);
	}

	private static void requireArchivist(CurrentUser user) {
		if (!user.hasRole(Role.ARCHIVIST) && !user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only an archivist or an administrator may do this");
		}
	}

}
