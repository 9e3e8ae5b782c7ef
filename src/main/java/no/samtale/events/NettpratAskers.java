package no.samtale.events;

/**
 * The keyed hash that stands for the asker of an anonymous nettprat question (docs/events.md, "Anonymous
 * questions"): one per nettprat and person, computed from the person's id and never reversed. A module that keeps
 * something for an anonymous asker (the notifications module: what became of their question) keeps it under this
 * hash and finds it again by computing the reader's own.
 */
public interface NettpratAskers {

	/** The hash under which the person's anonymous questions of the nettprat are kept. */
	String askerKey(long nettpratId, long userId);

}
