package no.samtale.platform;

/**
 * The {@code ?page=&size=} of a paged request, already checked. Build it with {@link #of} so that a bad value
 * becomes a 400 problem naming the parameter.
 */
public record PageQuery(int page, int size) {

	public static final int DEFAULT_SIZE = 20;
	public static final int MAX_SIZE = 200;

	public PageQuery {
		if (page < 0) {
			throw new InvalidPageException("page", "page must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidPageException("size", "size must be between 1 and " + MAX_SIZE);
		}
	}

	public static PageQuery of(Integer page, Integer size) {
		return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}

	/** A page or size outside its bounds. */
	public static class InvalidPageException extends IllegalArgumentException {

		private final String parameter;

		InvalidPageException(String parameter, String message) {
			super(message);
			this.parameter = parameter;
		}

		public String parameter() {
			return parameter;
		}

	}

}
