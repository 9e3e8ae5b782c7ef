package no.samtale.archive.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journaling one item: read from its module, stored once as a case folder with its entries and documents, and
 * queued for the agency's archive when live journaling is on. An item journaled again is not stored twice: an open
 * folder is brought up to date (and closed once its case is), a closed one is left as it was.
 */
@Component
class Journal {

	/** The folder, and whether this call made it. */
	record Journaled(RecordStore.StoredRecord record, boolean created) {
	}

	private final Sources sources;

	private final RecordStore store;

	private final JournalRules rules;

	private final LiveJournaling live;

	private final JsonMapper json;

	Journal(Sources sources, RecordStore store, JournalRules rules, LiveJournaling live, JsonMapper json) {
		this.sources = sources;
		this.store = store;
		this.rules = rules;
		this.live = live;
		this.json = json;
	}

	@Transactional
	Journaled journal(SourceKind kind, long sourceId, String by) {
		CaseFolder folder = sources.read(kind, sourceId)
			.orElseThrow(() -> new NotFoundException(kind.name().toLowerCase(), sourceId));
		JournalRules.Rule rule = rules.of(kind);
		Instant now = Instant.now();
		var existing = store.bySource(kind, sourceId);
		if (existing.isEmpty()) {
			var created = storeNew(folder, rule, by, now);
			if (created.isPresent()) {
				if (folder.closedAt() != null) {
					live.queue(created.get().id());
				}
				return new Journaled(created.get(), true);
			}
			// Journaled by another closing at the same moment: bring that folder up to date instead.
			existing = store.bySource(kind, sourceId);
		}
		if (existing.isPresent()) {
			RecordStore.StoredRecord stored = existing.get();
			if (stored.closedAt() == null) {
				store.clearContent(stored.id());
				storeContent(stored.id(), stored.caseNumber(), folder, rule, now);
				if (folder.closedAt() != null) {
					store.close(stored.id(), folder.closedAt(), folder.title());
					store.change(stored.id(), "avsluttetDato", null, folder.closedAt().toString(), by, now);
					live.queue(stored.id());
				}
			}
			return new Journaled(store.find(stored.id()).orElseThrow(), false);
		}
		throw new IllegalStateException("A folder was journaled and is gone again");
	}

	/**
	 * Stores a new folder journaled at {@code at}. A folder about a person (one with a correspondent's platform id)
	 * is screened on the rule's legal basis. Empty when the source had a folder already.
	 */
	Optional<RecordStore.StoredRecord> storeNew(CaseFolder folder, JournalRules.Rule rule, String by, Instant at) {
		boolean screened = folder.correspondentId() != null;
		OptionalLong inserted = store.insert(folder, screened, rule.legalBasis(), at, by);
		if (inserted.isEmpty()) {
			return Optional.empty();
		}
		RecordStore.StoredRecord stored = store.find(inserted.getAsLong()).orElseThrow();
		storeContent(stored.id(), stored.caseNumber(), folder, rule, at);
		return Optional.of(stored);
	}

	/** Whether a source already has a folder (journaled by hand while open, so its closing must close the folder). */
	boolean has(SourceKind kind, long sourceId) {
		return store.bySource(kind, sourceId).isPresent();
	}

	private void storeContent(long id, String caseNumber, CaseFolder folder, JournalRules.Rule rule, Instant now) {
		List<CaseFolder.Entry> entries = folder.entries().stream()
			.filter(entry -> rule.includeNotes() || !entry.type().equals("N"))
			.toList();
		CaseFolder kept = new CaseFolder(folder.kind(), folder.sourceId(), folder.title(), folder.unitName(),
				folder.responsibleName(), folder.correspondentName(), folder.correspondentId(), folder.platform(),
				folder.openedAt(), folder.closedAt(), entries, folder.original());
		store.insertEntries(id, entries);
		store.insertDocument(id, "ARKIV", "PDF/A", "pdf", ThreadPdf.render(kept, caseNumber), now);
		store.insertDocument(id, "PRODUKSJON", "JSON", "json", json.writeValueAsBytes(kept), now);
	}

}
