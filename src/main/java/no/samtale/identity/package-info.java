/**
 * Who is who: users, their units and roles, local accounts, OIDC login and personal API tokens. Other modules ask
 * {@link no.samtale.identity.Users} who the caller is.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package no.samtale.identity;
