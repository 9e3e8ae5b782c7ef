package no.samtale.dialogue;

public enum ReactionKind {
	HELPFUL, THANKS
}
