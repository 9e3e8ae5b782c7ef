package no.samtale.identity.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import no.samtale.identity.Role;

/**
 * A person who can log in. Failed-login counting and the lockout are read-only here: they change with single
 * atomic updates ({@link LoginAttempts}) so that a login storm never races an admin's edit.
 */
@Table("identity_user")
public class UserAccount {

	@Id
	private Long id;

	private String username;

	private String employeeId;

	private String displayName;

	private String email;

	private Long unitId;

	private String passwordHash;

	private boolean mustChangePassword;

	private boolean enabled;

	@ReadOnlyProperty
	private int failedLogins;

	@ReadOnlyProperty
	private Instant lockedUntil;

	private Instant createdAt;

	@ReadOnlyProperty
	private Instant lastLoginAt;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "user_id")
	private Set<RoleGrant> roles = new HashSet<>();

	UserAccount() {
	}

	static UserAccount create(String username, String employeeId, String displayName, Set<Role> roles) {
		UserAccount account = new UserAccount();
		account.username = username;
		account.employeeId = employeeId;
		account.displayName = displayName;
		account.enabled = true;
		account.createdAt = Instant.now();
		account.grant(roles);
		return account;
	}

	/** Replaces the roles; EMPLOYEE is always kept, since every user is an employee. */
	void grant(Set<Role> newRoles) {
		Set<Role> all = EnumSet.of(Role.EMPLOYEE);
		all.addAll(newRoles);
		roles = all.stream().map(RoleGrant::new).collect(Collectors.toCollection(HashSet::new));
	}

	public Long id() {
		return id;
	}

	public String username() {
		return username;
	}

	public String employeeId() {
		return employeeId;
	}

	public String displayName() {
		return displayName;
	}

	void displayName(String displayName) {
		this.displayName = displayName;
	}

	public String email() {
		return email;
	}

	void email(String email) {
		this.email = email;
	}

	public Long unitId() {
		return unitId;
	}

	void unitId(Long unitId) {
		this.unitId = unitId;
	}

	String passwordHash() {
		return passwordHash;
	}

	void password(String hash, boolean oneTime) {
		this.passwordHash = hash;
		this.mustChangePassword = oneTime;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	public boolean enabled() {
		return enabled;
	}

	void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	Instant lockedUntil() {
		return lockedUntil;
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public Set<Role> roles() {
		return roles.stream().map(RoleGrant::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

}
