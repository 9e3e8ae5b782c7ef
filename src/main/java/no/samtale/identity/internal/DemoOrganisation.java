package no.samtale.identity.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.Role;
import no.samtale.identity.UnitKind;

/**
 * With SAMTALE_DEMO=true on an empty database, creates a fictitious Norwegian NAV organisation whose accounts and
 * API tokens are public (listed in the README). Other modules add their demo content in runners ordered after
 * this one ({@code @Order} greater than 0).
 */
@Component
@Order(0)
class DemoOrganisation implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	private final UserAccountRepository accounts;

	private final OrganisationUnitRepository units;

	private final ApiTokens tokens;

	private final PasswordEncoder passwords;

	private final boolean demo;

	DemoOrganisation(UserAccountRepository accounts, OrganisationUnitRepository units, ApiTokens tokens,
			PasswordEncoder passwords, @Value("${samtale.demo}") boolean demo) {
		this.accounts = accounts;
		this.units = units;
		this.tokens = tokens;
		this.passwords = passwords;
		this.demo = demo;
	}

	record DemoUnit(String name, UnitKind kind, String parent) {
	}

	record DemoUser(String username, String name, String employeeId, String unit, Set<Role> roles) {
	}

	static final List<DemoUnit> UNITS = List.of(
			new DemoUnit("Arbeids- og velferdsdirektoratet", UnitKind.DEPARTMENT, null),
			new DemoUnit("Ytelsesavdelingen – regelverk", UnitKind.DEPARTMENT, "Arbeids- og velferdsdirektoratet"),
			new DemoUnit("Kommunikasjonsavdelingen", UnitKind.DEPARTMENT, "Arbeids- og velferdsdirektoratet"),
			new DemoUnit("NAV Vestland", UnitKind.COUNTY, null),
			new DemoUnit("NAV Innlandet", UnitKind.COUNTY, null),
			new DemoUnit("NAV Kontaktsenter Hordaland", UnitKind.CONTACT_CENTRE, "NAV Vestland"),
			new DemoUnit("NAV Kontaktsenter Oppland", UnitKind.CONTACT_CENTRE, "NAV Innlandet"),
			new DemoUnit("NAV Hamar", UnitKind.NAV_OFFICE, "NAV Innlandet"));

	private static final String HORDALAND = "NAV Kontaktsenter Hordaland";

	private static final String OPPLAND = "NAV Kontaktsenter Oppland";

	private static final String RULES = "Ytelsesavdelingen – regelverk";

	private static final String COMMUNICATION = "Kommunikasjonsavdelingen";

	static final List<DemoUser> USERS = List.of(
			new DemoUser("admin", "Sverre Haugland", "Z990001", COMMUNICATION, EnumSet.of(Role.ADMIN)),
			new DemoUser("veileder1", "Ingrid Solheim", "Z990002", HORDALAND, EnumSet.of(Role.ADVISOR)),
			new DemoUser("veileder2", "Ola Bergstrøm", "Z990003", HORDALAND, EnumSet.of(Role.ADVISOR)),
			new DemoUser("redaktor", "Hanne Lie", "Z990004", COMMUNICATION, EnumSet.of(Role.EDITOR)),
			new DemoUser("moderator", "Marit Sønsteby", "Z990005", OPPLAND, EnumSet.of(Role.MODERATOR)),
			new DemoUser("fagperson", "Per Kristian Moen", "Z990006", RULES, EnumSet.of(Role.EXPERT)),
			new DemoUser("leder", "Kari Aasen", "Z990007", "Arbeids- og velferdsdirektoratet", EnumSet.of(Role.LEADER)),
			new DemoUser("analytiker", "Jonas Eide", "Z990008", COMMUNICATION, EnumSet.of(Role.ANALYST)),
			new DemoUser("ansatt", "Tone Rud", "Z990009", "NAV Hamar", EnumSet.noneOf(Role.class)),
			new DemoUser("veileder3", "Amir Haddad", "Z990010", HORDALAND, EnumSet.of(Role.ADVISOR)),
			new DemoUser("veileder4", "Silje Nygård", "Z990011", OPPLAND, EnumSet.of(Role.ADVISOR)),
			new DemoUser("veileder5", "Eirik Dahl", "Z990012", OPPLAND, EnumSet.of(Role.ADVISOR)),
			new DemoUser("redaktor2", "Maja Kristiansen", "Z990013", HORDALAND, EnumSet.of(Role.EDITOR, Role.ADVISOR)),
			new DemoUser("moderator2", "Geir Holm", "Z990014", "NAV Hamar", EnumSet.of(Role.MODERATOR)),
			new DemoUser("fagperson2", "Lene Strand", "Z990015", RULES, EnumSet.of(Role.EXPERT)),
			new DemoUser("fagperson3", "Tor Bakken", "Z990016", "NAV Hamar", EnumSet.of(Role.EXPERT)),
			new DemoUser("leder2", "Randi Fosse", "Z990017", HORDALAND, EnumSet.of(Role.LEADER)),
			new DemoUser("analytiker2", "Nora Vik", "Z990018", COMMUNICATION, EnumSet.of(Role.ANALYST)),
			new DemoUser("ansatt2", "Jon Olsen", "Z990019", "NAV Hamar", EnumSet.noneOf(Role.class)),
			new DemoUser("ansatt3", "Fatima Ali", "Z990020", OPPLAND, EnumSet.noneOf(Role.class)),
			new DemoUser("personvern", "Hilde Brekke", "Z990021", COMMUNICATION, EnumSet.of(Role.PRIVACY_OFFICER)),
			new DemoUser("arkivar", "Eva Lunde", "Z990022", COMMUNICATION, EnumSet.of(Role.ARCHIVIST)));

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (demo && accounts.count() == 0) {
			create();
			log.info("Demo mode: created the demo organisation with {} units and {} users", UNITS.size(), USERS.size());
		}
	}

	private void create() {
		Map<String, Long> unitIds = new HashMap<>();
		for (DemoUnit unit : UNITS) {
			Long parent = unit.parent() == null ? null : unitIds.get(unit.parent());
			unitIds.put(unit.name(), units.save(new OrganisationUnit(unit.name(), unit.kind(), parent)).id());
		}
		// One hash for every demo account: the password is public anyway, and hashing it twenty times would add
		// seconds to every demo start.
		String hash = passwords.encode(PASSWORD);
		for (DemoUser user : USERS) {
			UserAccount account = UserAccount.create(user.username(), user.employeeId(), user.name(), user.roles());
			account.unitId(unitIds.get(user.unit()));
			account.email(user.username() + "@demo.samtale.no");
			account.password(hash, false);
			long id = accounts.save(account).id();
			tokens.store(id, "Demo", "demo-token-" + user.username(), null);
		}
	}

}
