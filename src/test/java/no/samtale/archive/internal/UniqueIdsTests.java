package no.samtale.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicate systemIDs are found in bounded memory: blocks spill to disk and are merged, and only real twins count. */
class UniqueIdsTests {

	@TempDir
	Path folder;

	@Test
	void findsTheIdsThatOccurTwiceAcrossBlocksWrittenToDisk() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			ids.add(UUID.randomUUID().toString());
		}
		ids.add(ids.get(3));
		ids.add(ids.get(997));
		ids.add(ids.get(3));
		Path xml = write(ids);

		try (UniqueIds unique = new UniqueIds(64)) {
			ids.forEach(unique::add);
			assertThat(unique.duplicatesIn(xml, 50)).containsExactlyInAnyOrder(ids.get(3), ids.get(997));
		}
	}

	@Test
	void findsNothingWhenEveryIdIsUnique() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			ids.add(UUID.randomUUID().toString());
		}
		try (UniqueIds unique = new UniqueIds(64)) {
			ids.forEach(unique::add);
			assertThat(unique.duplicatesIn(write(ids), 50)).isEmpty();
		}
	}

	@Test
	void reportsNoMoreThanItIsAskedFor() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String id = "id-" + i;
			ids.add(id);
			ids.add(id);
		}
		try (UniqueIds unique = new UniqueIds(16)) {
			ids.forEach(unique::add);
			assertThat(unique.duplicatesIn(write(ids), 5)).hasSize(5);
		}
	}

	private Path write(List<String> ids) throws Exception {
		StringBuilder xml = new StringBuilder("<arkiv>");
		ids.forEach(id -> xml.append("<mappe><systemID>").append(id).append("</systemID><tittel>t</tittel></mappe>"));
		Path file = folder.resolve("arkivstruktur.xml");
		Files.writeString(file, xml.append("</arkiv>"));
		return file;
	}

}
