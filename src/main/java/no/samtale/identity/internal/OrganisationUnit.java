package no.samtale.identity.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import no.samtale.identity.UnitKind;

/** A NAV office, contact centre, county or directorate department. */
@Table("identity_unit")
class OrganisationUnit {

	@Id
	private Long id;

	private String name;

	private UnitKind kind;

	private Long parentId;

	@Version
	private Integer version;

	OrganisationUnit() {
	}

	OrganisationUnit(String name, UnitKind kind, Long parentId) {
		change(name, kind, parentId);
	}

	void change(String name, UnitKind kind, Long parentId) {
		this.name = name;
		this.kind = kind;
		this.parentId = parentId;
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	UnitKind kind() {
		return kind;
	}

	Long parentId() {
		return parentId;
	}

}
