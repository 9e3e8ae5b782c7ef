package no.samtale.contacts;

/**
 * The channels a citizen reaches the agency through, named as the channel guide names them. The first three are
 * handled digitally: they count towards the digital share.
 */
public enum ContactChannel {

	SELF_SERVICE(true), CHAT(true), SOCIAL(true), PHONE(false), OFFICE(false);

	private final boolean digital;

	ContactChannel(boolean digital) {
		this.digital = digital;
	}

	public boolean digital() {
		return digital;
	}

}
