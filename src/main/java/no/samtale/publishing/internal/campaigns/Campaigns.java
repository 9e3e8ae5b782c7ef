package no.samtale.publishing.internal.campaigns;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.publishing.Themes;
import no.samtale.publishing.internal.ThemeStore;
import no.samtale.teams.Teams;

/**
 * A team's campaigns: written by its editors, read by its members. Every field is checked before anything is
 * written, so a refused campaign leaves nothing.
 */
@Service
public class Campaigns {

	/** A campaign as written. */
	public record CampaignInput(@Nullable Long teamId, @Nullable String title, @Nullable String description,
			@Nullable String goal, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable Long themeId) {
	}

	private final JdbcClient jdbc;

	private final Teams teams;

	private final Themes themes;

	private final ThemeStore themeStore;

	Campaigns(JdbcClient jdbc, Teams teams, Themes themes, ThemeStore themeStore) {
		this.jdbc = jdbc;
		this.themeStore = themeStore;
		this.teams = teams;
		this.themes = themes;
	}

	@Transactional
	public Campaign create(CampaignInput input, CurrentUser user) {
		long teamId = check(input, user);
		return find(insert(teamId, input.title().strip(), text(input.description()), text(input.goal()), input.startsOn(),
				input.endsOn(), input.themeId(), user.id())).orElseThrow();
	}

	/** Writes a checked campaign (or the demo's); its id. */
	public long insert(long teamId, String title, String description, String goal, LocalDate startsOn,
			LocalDate endsOn, @Nullable Long themeId, long createdBy) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into publishing_campaign (team_id, title, description, goal, starts_on, ends_on, theme_id,
				    created_by, created_at)
				values (:team, :title, :description, :goal, :startsOn, :endsOn, :theme, :by, :now)
				""")
			.param("team", teamId)
			.param("title", title)
			.param("description", description)
			.param("goal", goal)
			.param("startsOn", Date.valueOf(startsOn))
			.param("endsOn", Date.valueOf(endsOn))
			.param("theme", themeId, Types.BIGINT)
			.param("by", createdBy)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Rewrites a campaign; its team stays. */
	@Transactional
	public Campaign update(long id, CampaignInput input, CurrentUser user) {
		Campaign campaign = get(id, user);
		check(new CampaignInput(campaign.teamId(), input.title(), input.description(), input.goal(), input.startsOn(),
				input.endsOn(), input.themeId()), user);
		jdbc.sql("""
				update publishing_campaign set title = :title, description = :description, goal = :goal,
				    starts_on = :startsOn, ends_on = :endsOn, theme_id = :theme
				where id = :id
				""")
			.param("title", input.title().strip())
			.param("description", text(input.description()))
			.param("goal", text(input.goal()))
			.param("startsOn", Date.valueOf(input.startsOn()))
			.param("endsOn", Date.valueOf(input.endsOn()))
			.param("theme", input.themeId(), Types.BIGINT)
			.param("id", id)
			.update();
		return find(id).orElseThrow();
	}

	/** The campaigns of the caller's teams, latest start first. */
	public List<Campaign> visible(CurrentUser user) {
		List<Long> teamIds = themes.teamsOf(user);
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from publishing_campaign where team_id in (:teams) order by starts_on desc, id")
			.param("teams", teamIds)
			.query(Campaigns::row)
			.list();
	}

	/** A campaign of another team is answered as not found, like one that does not exist. */
	public Campaign get(long id, CurrentUser user) {
		return find(id).filter(c -> themes.teamsOf(user).contains(c.teamId()))
			.orElseThrow(() -> new NotFoundException("Campaign", id));
	}

	public Optional<Campaign> find(long id) {
		return jdbc.sql("select * from publishing_campaign where id = :id").param("id", id).query(Campaigns::row).optional();
	}

	private long check(CampaignInput input, CurrentUser user) {
		if (input.teamId() == null) {
			throw new InvalidInputException("teamId", "Must be given");
		}
		if (!user.hasRole(Role.ADMIN) && !teams.isMember(input.teamId(), user.id())) {
			throw new ForbiddenException("Only the team's editors plan its campaigns");
		}
		if (input.title() == null || input.title().isBlank()) {
			throw new InvalidInputException("title", "Must not be empty");
		}
		if (input.title().strip().length() > 200) {
			throw new InvalidInputException("title", "At most 200 characters");
		}
		if (text(input.description()).length() > 4000) {
			throw new InvalidInputException("description", "At most 4000 characters");
		}
		if (text(input.goal()).length() > 1000) {
			throw new InvalidInputException("goal", "At most 1000 characters");
		}
		if (input.startsOn() == null) {
			throw new InvalidInputException("startsOn", "Must be given");
		}
		if (input.endsOn() == null || input.endsOn().isBefore(input.startsOn())) {
			throw new InvalidInputException("endsOn", "Must be given, on or after startsOn");
		}
		if (input.endsOn().isAfter(input.startsOn().plusYears(2))) {
			throw new InvalidInputException("endsOn", "A campaign lasts at most two years");
		}
		if (input.themeId() != null) {
			themeStore.find(input.themeId()).filter(theme -> theme.teamId() == input.teamId())
				.orElseThrow(() -> new InvalidInputException("themeId", "No such theme in the team"));
		}
		return input.teamId();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static Campaign row(ResultSet rs, int n) throws SQLException {
		return new Campaign(rs.getLong("id"), rs.getLong("team_id"), rs.getString("title"), rs.getString("description"),
				rs.getString("goal"), rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
				rs.getObject("theme_id", Long.class));
	}

}
