package no.samtale.platform;

/**
 * Something addressed by id does not exist (or the caller may not know that it does). Every module throws this
 * one type so that all of them answer the same 404 problem.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " was not found");
	}

}
