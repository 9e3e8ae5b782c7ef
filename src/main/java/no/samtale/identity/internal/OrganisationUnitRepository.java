package no.samtale.identity.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OrganisationUnitRepository extends ListCrudRepository<OrganisationUnit, Long> {

	Optional<OrganisationUnit> findByName(String name);

}
