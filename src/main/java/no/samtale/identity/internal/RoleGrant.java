package no.samtale.identity.internal;

import org.springframework.data.relational.core.mapping.Table;

import no.samtale.identity.Role;

/** One role held by a user; part of the {@link UserAccount} aggregate. */
@Table("identity_user_role")
record RoleGrant(Role role) {
}
