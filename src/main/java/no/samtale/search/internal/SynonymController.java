package no.samtale.search.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The synonym list, for administrators (the path is limited to ADMIN by the security configuration). */
@RestController
@RequestMapping("/api/v1/admin/search/synonyms")
class SynonymController {

	record SynonymRequest(List<String> words) {
	}

	private final Synonyms synonyms;

	SynonymController(Synonyms synonyms) {
		this.synonyms = synonyms;
	}

	@GetMapping
	List<Synonyms.Group> list() {
		return synonyms.all();
	}

	@PostMapping
	ResponseEntity<Synonyms.Group> add(@RequestBody SynonymRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(synonyms.add(request.words()));
	}

	@PutMapping("/{id}")
	Synonyms.Group update(@PathVariable long id, @RequestBody SynonymRequest request) {
		return synonyms.update(id, request.words());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		synonyms.delete(id);
		return ResponseEntity.noContent().build();
	}

}
