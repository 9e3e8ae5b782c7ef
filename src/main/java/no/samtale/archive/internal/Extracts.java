package no.samtale.archive.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.github.kagkarlsson.scheduler.SchedulerClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;

/**
 * Extracts of a closed period: asked for (refused while the period runs or a folder in it is open), built in the
 * background into a folder, checked, packed as a tar under the data folder, and offered for download only when
 * every check passed. A failed extract keeps its reasons and no file.
 */
@Component
class Extracts {

	private static final Logger log = LoggerFactory.getLogger(Extracts.class);

	private final ExtractStore store;

	private final ExtractSource source;

	private final ExtractBuilder builder;

	private final ObjectProvider<SchedulerClient> scheduler;

	private final Path folder;

	private final String creatorId;

	private final String creatorName;

	Extracts(ExtractStore store, ExtractSource source, ExtractBuilder builder, ObjectProvider<SchedulerClient> scheduler,
			@Value("${samtale.files-dir}") String filesDir,
			@Value("${samtale.archive.creator-id:NAV}") String creatorId,
			@Value("${samtale.archive.creator-name:Arbeids- og velferdsetaten}") String creatorName) {
		this.store = store;
		this.source = source;
		this.builder = builder;
		this.scheduler = scheduler;
		this.folder = Path.of(filesDir, "archive", "extracts");
		this.creatorId = creatorId;
		this.creatorName = creatorName;
	}

	@Transactional
	long request(LocalDate from, LocalDate to, CurrentUser user) {
		if (from == null) {
			throw new InvalidInputException("from", "Give the first day of the period");
		}
		if (to == null) {
			throw new InvalidInputException("to", "Give the last day of the period");
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "The period ends before it starts");
		}
		if (!to.isBefore(LocalDate.now(Xml.ZONE))) {
			throw new RuleViolationException("archive-period-not-over", "to",
					"Only a period that is over can be extracted: the last day must be before today");
		}
		ExtractPeriod period = period(from, to);
		List<String> open = source.openFolders(period.start(), period.until());
		if (!open.isEmpty()) {
			throw new RuleViolationException("archive-period-open", "to", "Folders still open in the period: "
					+ String.join(", ", open.stream().limit(20).toList()) + (open.size() > 20 ? " …" : ""));
		}
		long id = store.insert(from, to, user.id());
		scheduler.getObject().scheduleIfNotExists(ExtractTask.instance(id), Instant.now());
		return id;
	}

	ExtractStore.Extract get(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("Extract", id));
	}

	List<ExtractStore.Extract> recent() {
		return store.recent();
	}

	/** The packed extract, only when it passed its checks. */
	Path file(long id) {
		ExtractStore.Extract extract = get(id);
		if (extract.state() != ExtractStore.State.READY) {
			throw new RuleViolationException("archive-extract-not-ready", "id",
					"The extract is " + extract.state().name().toLowerCase() + " and cannot be downloaded");
		}
		return folder.resolve(extract.fileName());
	}

	/** Runs in the extract's task: builds, checks, packs. Never throws, so the task is not retried into a loop. */
	void build(long id) {
		ExtractStore.Extract extract = store.find(id).orElse(null);
		if (extract == null || extract.state() != ExtractStore.State.BUILDING) {
			return;
		}
		ExtractPeriod period = period(extract.from(), extract.to());
		Path work = folder.resolve(id + ".building");
		String root = UUID.randomUUID().toString();
		ExtractCounts counts = null;
		try {
			deleteQuietly(work);
			Files.createDirectories(folder);
			Path content = work.resolve("content");
			counts = builder.build(period, content, "Samtale");
			List<ExtractFinding> failures = ExtractChecks.run(content, period);
			if (!failures.isEmpty()) {
				store.failed(id, failures, counts);
				return;
			}
			String fileName = "samtale-arkivuttrekk-" + id + ".tar";
			Path packing = folder.resolve(fileName + ".part");
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(packing))) {
				TarWriter.pack(work, root, out);
			}
			Path packed = Files.move(packing, folder.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
			store.ready(id, fileName, Files.size(packed), ExtractChecks.sha256(packed), counts);
		}
		catch (IOException | RuntimeException e) {
			log.warn("Archive extract {} failed", id, e);
			store.failed(id, List.of(ExtractFinding.of("WRITE_FAILED")), counts);
		}
		finally {
			deleteQuietly(work);
		}
	}

	private ExtractPeriod period(LocalDate from, LocalDate to) {
		return new ExtractPeriod(from, to, creatorId, creatorName);
	}

	private static void deleteQuietly(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(path)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			log.warn("Could not remove {}", path, e);
		}
	}

}
