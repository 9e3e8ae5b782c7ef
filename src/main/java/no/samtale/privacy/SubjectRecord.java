package no.samtale.privacy;

import java.time.Instant;
import java.util.Map;

/** One record about a data subject, as a holder exports it: where it lives, its id, when, and its fields. */
public record SubjectRecord(String source, String id, Instant at, Map<String, Object> fields) {
}
