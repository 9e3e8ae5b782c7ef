package no.samtale.privacy.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.samtale.privacy.Finding;
import no.samtale.privacy.FindingType;
import no.samtale.privacy.PersonalDataDetector;

/**
 * Runs last, in a surefire execution of its own (see pom.xml): reads everything the suite logged on both databases
 * and fails on any identity or account number. The suite feeds such numbers through every channel, and
 * {@code LogCanary} logs one on purpose, so the scan has something to catch if masking breaks.
 */
class LogLeakTests {

	@Test
	void theSuitesLogsHoldNoIdentityOrAccountNumber() throws IOException {
		Path reports = Path.of(System.getProperty("samtale.test.logs", "target/surefire-reports"));
		List<Path> logs;
		try (Stream<Path> files = Files.walk(reports)) {
			logs = files.filter(file -> file.getFileName().toString().endsWith("-output.txt")).toList();
		}
		PersonalDataDetector detector = new PersonalDataDetector();
		List<String> leaks = new ArrayList<>();
		boolean canarySeen = false;
		for (Path log : logs) {
			for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
				canarySeen |= line.contains(LogCanary.MASKED);
				for (Finding finding : detector.scan(line)) {
					if (finding.type().identityNumber() || finding.type() == FindingType.BANK_ACCOUNT) {
						leaks.add(log.getFileName() + ": " + finding.type().code() + " at " + finding.start());
					}
				}
			}
		}

		assertThat(logs).as("the suite's log files under " + reports).isNotEmpty();
		// A run of chosen tests (-Dtest=…) may leave the canary out; the whole suite never does.
		if (logs.stream().anyMatch(log -> log.getFileName().toString().contains(LogCanary.class.getSimpleName()))) {
			assertThat(canarySeen).as("the canary's masked line, proving the logs scanned are the masked ones").isTrue();
		}
		assertThat(leaks).as("identity or account numbers in the logs").isEmpty();
	}

}
