package no.samtale.privacy.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.privacy.PersonalDataDetector;

/**
 * Lets a writer see what the server would find before they post: the forum's ask form, the inbox's reply box and the
 * citizens' chat call it as the text changes. It stores and logs nothing, so it is open to the chat's citizens too.
 */
@RestController
class ScanController {

	static final int MAX_TEXT = 100_000;

	private final PersonalDataDetector detector;

	ScanController(PersonalDataDetector detector) {
		this.detector = detector;
	}

	record ScanRequest(@NotNull @Size(max = MAX_TEXT) String text) {
	}

	record FindingView(String type, int start, int end) {
	}

	record ScanResult(List<FindingView> findings) {
	}

	@PostMapping("/api/v1/privacy/scan")
	ScanResult scan(@Valid @RequestBody ScanRequest request) {
		return new ScanResult(detector.scan(request.text())
			.stream()
			.map(finding -> new FindingView(finding.type().code(), finding.start(), finding.end()))
			.toList());
	}

}
