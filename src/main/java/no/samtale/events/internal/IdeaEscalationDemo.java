package no.samtale.events.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.Users;

/**
 * In demo mode, after the idea box's demo ideas: the space's moderator has lifted "Reparasjon hos lokal
 * sykkelverksted" to Ytelsesavdelingen – regelverk (who may repair an aid NAV owns is a question of principle), so
 * the idea page shows an escalation waiting for the department, and the department's queue has it.
 */
@Component
@Order(41)
class IdeaEscalationDemo implements ApplicationRunner {

	static final String IDEA = "Reparasjon hos lokal sykkelverksted";

	private final JdbcClient jdbc;

	private final IdeaEscalations escalations;

	private final Users users;

	private final boolean demo;

	IdeaEscalationDemo(JdbcClient jdbc, IdeaEscalations escalations, Users users, @Value("${samtale.demo}") boolean demo) {
		this.jdbc = jdbc;
		this.escalations = escalations;
		this.users = users;
		this.demo = demo;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo || jdbc.sql("select count(*) from events_idea_escalation").query(Long.class).single() > 0) {
			return;
		}
		var idea = jdbc.sql("select id from events_idea where title = :title").param("title", IDEA).query(Long.class).optional();
		var department = users.unitNamed("Ytelsesavdelingen – regelverk");
		var moderator = users.idOf("moderator").flatMap(users::find);
		if (idea.isEmpty() || department.isEmpty() || moderator.isEmpty()) {
			return;
		}
		escalations.lift(idea.get(), department.get().id(), """
				Må en reparasjon av et hjelpemiddel NAV eier gjøres av hjelpemiddelsentralen, eller kan et lokalt \
				verksted gjøre den på NAVs regning? Regelverket sier ikke noe om det, og sentralene praktiserer det ulikt.""",
				null, moderator.get());
	}

}
