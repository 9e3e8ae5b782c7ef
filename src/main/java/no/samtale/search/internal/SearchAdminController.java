package no.samtale.search.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.platform.ConflictException;

/** The index's state and a rebuild from the database, for administrators. */
@RestController
class SearchAdminController {

	private final IndexService index;

	SearchAdminController(IndexService index) {
		this.index = index;
	}

	@GetMapping("/api/v1/admin/search")
	SearchStatus status() {
		return index.status();
	}

	/** Starts a rebuild in the background (202); searches keep finding every document while it runs. */
	@PostMapping("/api/v1/admin/search/rebuild")
	ResponseEntity<SearchStatus> rebuild() {
		if (!index.rebuild()) {
			throw new ConflictException(null, "A rebuild is already running");
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(index.status());
	}

}
