package no.samtale.forum.internal;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.SpaceKind;
import no.samtale.forum.internal.ForumQueries.FiguresQuery;
import no.samtale.forum.internal.ForumQueries.SpaceFilter;
import no.samtale.forum.internal.ForumViews.SpaceSummary;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/**
 * The topics and groups a caller may see, one of them, and its month in figures. A space the caller may not see
 * answers 404, so its existence does not leak.
 */
@Service
class SpaceCatalogue {

	private final ForumSpaces spaces;

	private final ForumAccess access;

	private final ForumReading reading;

	private final ForumFigures figures;

	SpaceCatalogue(ForumSpaces spaces, ForumAccess access, ForumReading reading, ForumFigures figures) {
		this.spaces = spaces;
		this.access = access;
		this.reading = reading;
		this.figures = figures;
	}

	@Transactional(readOnly = true)
	PageResponse<SpaceSummary> list(SpaceFilter filter, CurrentUser user) {
		SpaceKind kind = filter.kind();
		PageQuery query = filter.paging();
		List<SpaceSummary> visible = spaces.all()
			.stream()
			.filter(space -> kind == null || space.space().kind() == kind)
			.map(space -> access.of(space, user))
			.filter(Access::canSee)
			.map(reading::space)
			.sorted(Comparator.comparing(SpaceSummary::kind).thenComparing(SpaceSummary::name))
			.toList();
		List<SpaceSummary> items = visible.stream().skip(query.offset()).limit(query.size()).toList();
		return PageResponse.of(items, query, visible.size());
	}

	@Transactional(readOnly = true)
	SpaceSummary show(long id, CurrentUser user) {
		Access caller = access.of(id, user);
		if (!caller.canSee()) {
			throw new NotFoundException("Space", id);
		}
		return reading.space(caller);
	}

	@Transactional(readOnly = true)
	ForumFigures.Figures figures(long id, FiguresQuery query, CurrentUser user) {
		return figures.of(access.toRead(id, user).space(), query.yearMonth());
	}

}
