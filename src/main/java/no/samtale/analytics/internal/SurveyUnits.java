package no.samtale.analytics.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;

/**
 * The units an employee survey is for: only employees of those units may fetch its form and answer it (none given:
 * every employee). The answer still keeps no trace of who, nor of the unit.
 */
@Component
class SurveyUnits {

	static final int MAX_UNITS = 50;

	private final JdbcClient jdbc;

	private final Users users;

	SurveyUnits(JdbcClient jdbc, Users users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	/** Checked before the survey is made, so a bad unit leaves nothing half-written. */
	List<Long> validate(@Nullable String audience, @Nullable List<Long> unitIds) {
		if (unitIds == null || unitIds.isEmpty()) {
			return List.of();
		}
		if (!"EMPLOYEES".equals(audience)) {
			throw new InvalidInputException("unitIds", "Only a survey for employees is for chosen units");
		}
		if (unitIds.size() > MAX_UNITS) {
			throw new InvalidInputException("unitIds", "At most " + MAX_UNITS + " units");
		}
		for (int i = 0; i < unitIds.size(); i++) {
			Long unit = unitIds.get(i);
			if (unit == null || users.unit(unit).isEmpty()) {
				throw new InvalidInputException("unitIds[" + i + "]", "No such unit");
			}
		}
		return new ArrayList<>(new LinkedHashSet<>(unitIds));
	}

	void set(long surveyId, List<Long> unitIds) {
		for (long unit : unitIds) {
			jdbc.sql("insert into analytics_survey_unit (survey_id, unit_id) values (:survey, :unit)")
				.param("survey", surveyId)
				.param("unit", unit)
				.update();
		}
	}

	List<Long> of(long surveyId) {
		return jdbc.sql("select unit_id from analytics_survey_unit where survey_id = :survey order by unit_id")
			.param("survey", surveyId)
			.query(Long.class)
			.list();
	}

	/** A 403 for an employee outside the survey's units. */
	void mayAnswer(long surveyId, CurrentUser user) {
		List<Long> units = of(surveyId);
		if (!units.isEmpty() && (user.unitId() == null || !units.contains(user.unitId()))) {
			throw new ForbiddenException("This survey is for other units");
		}
	}

}
