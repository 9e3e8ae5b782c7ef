package no.samtale.archive.internal;

/** Writing or reading an extract's files failed (disk, XML); the extract is marked failed with this reason. */
class ExtractException extends RuntimeException {

	ExtractException(Throwable cause) {
		super(cause.getMessage(), cause);
	}

	ExtractException(String message) {
		super(message);
	}

}
