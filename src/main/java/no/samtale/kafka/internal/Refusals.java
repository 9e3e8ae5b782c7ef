package no.samtale.kafka.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

import tools.jackson.core.JacksonException;

/**
 * Which of Kafka's refusals are about the record itself, and when such a record is given up (parked). Only those
 * count: a record too large or invalid is refused the same way every time, and while it waits it holds back every
 * later event of its key. A cluster that is away, slow, or refuses everyone (authorization, a missing topic) is tried
 * for as long as it takes, never parked: it is not one event's fault, and parking would lose every event.
 */
final class Refusals {

	private Refusals() {
	}

	static boolean ofTheRecord(Throwable failure) {
		Throwable cause = cause(failure);
		return cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
				|| cause instanceof InvalidRecordException || cause instanceof SerializationException
				|| cause instanceof JacksonException;
	}

	/** The failure itself, out of the wrappers a future puts around it. */
	static Throwable cause(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * @param refusals how often the record itself was refused, this time included
	 * @param parkAfter how many such refusals give it up
	 */
	static boolean parks(Throwable failure, int refusals, int parkAfter) {
		return ofTheRecord(failure) && refusals >= parkAfter;
	}

}
