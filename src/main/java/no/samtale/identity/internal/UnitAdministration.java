package no.samtale.identity.internal;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.UnitKind;
import no.samtale.platform.ConflictException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;

/** Creating and changing organisational units, keeping the hierarchy a tree. */
@Service
class UnitAdministration {

	private final OrganisationUnitRepository units;

	UnitAdministration(OrganisationUnitRepository units) {
		this.units = units;
	}

	@Transactional
	long create(String name, UnitKind kind, Long parentId) {
		String trimmed = name.trim();
		requireFreeName(trimmed, null);
		requireParent(parentId, null);
		return units.save(new OrganisationUnit(trimmed, kind, parentId)).id();
	}

	@Transactional
	void change(long unitId, String name, UnitKind kind, Long parentId) {
		OrganisationUnit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
		String trimmed = name.trim();
		requireFreeName(trimmed, unitId);
		requireParent(parentId, unitId);
		unit.change(trimmed, kind, parentId);
		units.save(unit);
	}

	private void requireFreeName(String name, Long unitId) {
		units.findByName(name).filter(other -> !other.id().equals(unitId)).ifPresent(other -> {
			throw new ConflictException("name", "Another unit has this name");
		});
	}

	/** The parent must exist and must not be the unit itself or one of its descendants. */
	private void requireParent(Long parentId, Long unitId) {
		Set<Long> seen = new HashSet<>();
		for (Long current = parentId; current != null; ) {
			if (current.equals(unitId) || !seen.add(current)) {
				throw new InvalidInputException("parentId", "A unit cannot be placed under itself");
			}
			Long id = current;
			current = units.findById(id)
				.orElseThrow(() -> new InvalidInputException("parentId", "There is no unit " + id))
				.parentId();
		}
	}

}
