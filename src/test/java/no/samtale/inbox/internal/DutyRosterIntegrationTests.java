package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.PublishedFacts;
import no.samtale.teams.ShiftUnderstaffed;

/**
 * Issue 12.14, always two on duty: the demo's teams are rostered for this week, the lead plans shifts within the
 * accounts' opening hours without double-booking anyone, a thin shift warns the lead, and the approval queue offers
 * a team's replies first to its partner on duty while anyone in the team can still check them.
 */
@AlsoOnTheEmbeddedDatabase
class DutyRosterIntegrationTests extends IntegrationTest {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void theDemoIsRosteredThisWeekAndOnlyTheLeadPlans() {
		long team = teamId(api().asDemo("veileder1"), Inbox.FORELDREPENGER);
		JsonNode week = api().asDemo("veileder1").get("/api/v1/teams/" + team + "/duty").json();

		assertThat(week.path("zone").asString()).isEqualTo("Europe/Oslo");
		assertThat(week.path("from").asString())
			.isEqualTo(LocalDate.now(OSLO).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString());
		assertThat(week.path("shifts").size()).isGreaterThanOrEqualTo(10);
		assertThat(week.path("canPlan").asBoolean()).isTrue();
		assertThat(api().asDemo("veileder2").get("/api/v1/teams/" + team + "/duty").json().path("canPlan").asBoolean())
			.isFalse();
		assertThat(api().asDemo("veileder4").get("/api/v1/teams/" + team + "/duty").status()).isEqualTo(404);
		assertThat(api().asDemo("veileder1").get("/api/v1/teams/" + team + "/duty?week=nextweek").json()
			.path("field").asString()).isEqualTo("week");
	}

	@Test
	void shiftsLieWithinOpeningHoursNobodyIsBookedTwiceAndAThinShiftWarnsTheLead() {
		Api lead = api().asDemo("veileder4");
		long team = teamId(lead, "NAV Jobblyst");
		long v4 = id("veileder4");
		long v5 = id("veileder5");
		LocalDate monday = LocalDate.now(OSLO).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(3);
		String shifts = "/api/v1/teams/" + team + "/duty/shifts";

		Api.Response planned = lead.post(shifts, shift(monday, "09:00", "12:00", v4, v5));
		assertThat(planned.status()).as(planned.body()).isEqualTo(201);
		assertThat(planned.json().path("understaffed").asBoolean()).isFalse();
		assertThat(planned.json().path("people").findValuesAsString("name")).contains("Silje Nygård", "Eirik Dahl");
		long shiftId = planned.json().path("id").asLong();

		Api.Response twice = lead.post(shifts, shift(monday, "11:00", "13:00", v5));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.problemType()).isEqualTo("urn:samtale:problem:already-on-duty");
		assertThat(twice.json().path("field").asString()).isEqualTo("userIds[0]");
		Api.Response early = lead.post(shifts, shift(monday.plusDays(1), "08:00", "12:00", v4, v5));
		assertThat(early.problemType()).isEqualTo("urn:samtale:problem:outside-opening-hours");
		assertThat(early.json().path("field").asString()).isEqualTo("starts");
		assertThat(lead.post(shifts, shift(monday.plusDays(5), "10:00", "12:00", v4, v5)).json().path("field")
			.asString()).as("Jobblyst is closed on Saturdays").isEqualTo("date");
		assertThat(lead.post(shifts, shift(monday, "13:00", "12:00", v4)).json().path("field").asString())
			.isEqualTo("ends");
		assertThat(lead.post(shifts, shift(monday, "13:00", "14:00", id("veileder1"))).json().path("field").asString())
			.isEqualTo("userIds[0]");
		assertThat(api().asDemo("veileder5").post(shifts, shift(monday, "13:00", "14:00", v5)).status())
			.isEqualTo(403);

		try (PublishedFacts facts = PublishedFacts.recordIn(context)) {
			Api.Response thin = lead.put(shifts + "/" + shiftId, "{\"userIds\": [" + v5 + "]}");
			assertThat(thin.status()).as(thin.body()).isEqualTo(200);
			assertThat(thin.json().path("understaffed").asBoolean()).isTrue();
			ShiftUnderstaffed warned = facts.await(ShiftUnderstaffed.class, fact -> fact.shiftId() == shiftId);
			assertThat(warned.leadIds()).containsExactly(v4);
			assertThat(warned.people()).isEqualTo(1);
		}
		JsonNode week = lead.get("/api/v1/teams/" + team + "/duty?week=" + monday).json();
		assertThat(week.path("understaffedShifts").asInt()).isEqualTo(1);

		assertThat(lead.delete(shifts + "/" + shiftId).status()).isEqualTo(204);
		assertThat(lead.get("/api/v1/teams/" + team + "/duty?week=" + monday).json().path("shifts").size()).isZero();
		assertThat(lead.delete(shifts + "/" + shiftId).status()).isEqualTo(404);
	}

	@Test
	void theApprovalQueueOffersATeamsRepliesFirstToThePartnerOnDuty() {
		Api admin = api().asDemo("admin");
		long team = teamId(api().asDemo("veileder1"), Inbox.FORELDREPENGER);
		String shifts = "/api/v1/teams/" + team + "/duty/shifts";
		ZonedDateTime now = ZonedDateTime.now(OSLO);
		// Today's demo shifts make way for one that certainly covers this moment, with veileder2 as the partner.
		for (JsonNode shift : admin.get("/api/v1/teams/" + team + "/duty").json().path("shifts")) {
			if (shift.path("date").asString().equals(now.toLocalDate().toString())) {
				assertThat(admin.delete(shifts + "/" + shift.path("id").asLong()).status()).isEqualTo(204);
			}
		}
		LocalTime starts = LocalTime.of(Math.max(0, now.getHour() - 1), 0);
		String ends = now.getHour() >= 22 ? "23:59" : LocalTime.of(now.getHour() + 2, 0).toString();
		Api.Response planned = admin.post(shifts,
				shift(now.toLocalDate(), starts.toString(), ends, id("veileder1"), id("veileder2")));
		assertThat(planned.status()).as(planned.body()).isEqualTo(201);

		JsonNode header = api().asDemo("veileder3").get("/api/v1/teams/duty/now").json();
		JsonNode foreldrepenger = null;
		for (JsonNode view : header) {
			if (view.path("teamId").asLong() == team) {
				foreldrepenger = view;
			}
		}
		assertThat(foreldrepenger).isNotNull();
		assertThat(foreldrepenger.path("onDuty").findValuesAsString("name"))
			.containsExactlyInAnyOrder("Ingrid Solheim", "Ola Bergstrøm");

		long conversation = Inbox.citizenComments(admin, "Hvem svarer i dag? " + System.nanoTime());
		long reply = Inbox.reply(api().asDemo("veileder1"), conversation, "Vi svarer deg straks.", "PUBLIC");

		JsonNode partner = item(api().asDemo("veileder2").get("/api/v1/approvals?size=100").json(), reply);
		JsonNode offDuty = item(api().asDemo("veileder3").get("/api/v1/approvals?size=100").json(), reply);
		assertThat(partner.path("forYou").asBoolean()).isTrue();
		assertThat(offDuty.path("forYou").asBoolean()).isFalse();
		assertThat(offDuty.path("canApprove").asBoolean()).as("anyone in the team may still check it").isTrue();
		assertThat(api().asDemo("veileder2").get("/api/v1/approvals?size=100").json().path("items").get(0)
			.path("forYou").asBoolean()).as("what is for you comes first").isTrue();
		assertThat(api().asDemo("veileder3").get("/api/v1/approvals?forYou=true&size=100").json().path("items")
			.findValuesAsString("id")).doesNotContain(Long.toString(reply));
	}

	private static JsonNode item(JsonNode page, long replyId) {
		for (JsonNode item : page.path("items")) {
			if (item.path("id").asLong() == replyId) {
				return item;
			}
		}
		throw new AssertionError("Reply " + replyId + " is not in the queue");
	}

	@Test
	void ruleErrorsCarryAStableCodeTheClientWords() {
		Api lead = api().asDemo("veileder4");
		long team = teamId(lead, "NAV Jobblyst");
		LocalDate monday = LocalDate.now(OSLO).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(5);
		String shifts = "/api/v1/teams/" + team + "/duty/shifts";

		Api.Response nobody = lead.post(shifts, shift(monday, "09:00", "12:00"));
		assertThat(nobody.status()).isEqualTo(400);
		assertThat(nobody.json().path("errors").get(0).path("field").asString()).isEqualTo("userIds");
		assertThat(nobody.json().path("errors").get(0).path("code").asString()).isEqualTo("ShiftNeedsSomeone");
		Api.Response backwards = lead.post(shifts, shift(monday, "13:00", "12:00", id("veileder4")));
		assertThat(backwards.json().path("errors").get(0).path("code").asString()).isEqualTo("ShiftEndsAfterStarts");
		assertThat(backwards.json().path("detail").asString()).contains("ends after it starts");
		Api.Response stranger = lead.post(shifts, shift(monday, "09:00", "10:00", id("veileder1")));
		assertThat(stranger.json().path("errors").get(0).path("code").asString()).isEqualTo("ShiftNotTeamMember");
	}

	private static String shift(LocalDate date, String starts, String ends, long... people) {
		StringBuilder ids = new StringBuilder();
		for (long person : people) {
			ids.append(ids.isEmpty() ? "" : ", ").append(person);
		}
		return """
				{"date": "%s", "starts": "%s", "ends": "%s", "userIds": [%s]}""".formatted(date, starts, ends, ids);
	}

	private long teamId(Api member, String name) {
		for (JsonNode team : member.get("/api/v1/teams").json()) {
			if (team.path("name").asString().equals(name)) {
				return team.path("id").asLong();
			}
		}
		throw new AssertionError("No team " + name);
	}

	private long id(String username) {
		return api().asDemo(username).get("/api/v1/me").json().path("id").asLong();
	}

}
