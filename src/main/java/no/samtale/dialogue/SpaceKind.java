package no.samtale.dialogue;

/** What a space is; its owning module sets visibility and workflow by kind. */
public enum SpaceKind {

	/** An Erfaringsforum topic (tema), run by a moderator with experts in the back office. */
	TOPIC,
	/** A Yammer-style group with open or closed membership. */
	GROUP

}
