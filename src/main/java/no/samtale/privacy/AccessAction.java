package no.samtale.privacy;

/** What someone did with personal data: read it, unmasked it, searched for a person, exported or erased it. */
public enum AccessAction {
	VIEW, REVEAL, FIND, EXPORT, ERASE
}
