package no.samtale.privacy;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One record about a data subject, as a holder exports it: where it lives, its id, when, and its fields. */
public record SubjectRecord(String source, String id, @Nullable Instant at, Map<String, Object> fields) {
}
