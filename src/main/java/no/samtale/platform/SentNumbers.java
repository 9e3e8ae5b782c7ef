package no.samtale.platform;

/**
 * The numbers (row ids) a stream sent lately, so that a row reaching it twice, once in a catch-up read from the
 * database and once pushed live, is sent once. Ids are handed out when rows are inserted, not when they commit, so
 * a row can arrive a moment after one with a higher id; remembering only the highest id sent dropped such rows (most
 * nettprat answers under load). This remembers the last {@link #REMEMBERED} ids exactly, and below them only the
 * highest id it forgot: a row that commits more than that many events late is taken as sent. A fixed ring keeps the
 * cost per open page at half a kilobyte, however long the page stays open.
 */
final class SentNumbers {

	static final int REMEMBERED = 64;

	private final long[] ring = new long[REMEMBERED];

	private int next;

	private int size;

	/** Ids up to this one count as sent: what the page loaded, and what fell out of the ring. */
	private long floor;

	SentNumbers(long loadedUpTo) {
		this.floor = loadedUpTo;
	}

	/** Records {@code id} as sent; false when it was sent already (or is at or below the floor). */
	boolean add(long id) {
		if (id <= floor) {
			return false;
		}
		for (int i = 0; i < size; i++) {
			if (ring[i] == id) {
				return false;
			}
		}
		if (size == REMEMBERED) {
			floor = Math.max(floor, ring[next]);
		}
		else {
			size++;
		}
		ring[next] = id;
		next = (next + 1) % REMEMBERED;
		return true;
	}

}
