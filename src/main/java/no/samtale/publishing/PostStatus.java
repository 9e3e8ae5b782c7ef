package no.samtale.publishing;

/**
 * Where a post stands: written ({@code DRAFT}), waiting for a partner ({@code AWAITING_APPROVAL}), approved and
 * waiting for its time or the platform ({@code SCHEDULED}), out ({@code PUBLISHED}), sent back with a comment
 * ({@code REJECTED}), refused by the platform ({@code FAILED}, with the platform's text; can be retried), or
 * withdrawn ({@code CANCELLED}).
 */
public enum PostStatus {
	DRAFT, AWAITING_APPROVAL, SCHEDULED, PUBLISHED, REJECTED, FAILED, CANCELLED;

	/** Published and cancelled posts are final: nothing about them changes any more. */
	public boolean finished() {
		return this == PUBLISHED || this == CANCELLED;
	}

}
