package no.samtale.channels.internal.meta;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.Platform;
import no.samtale.channels.internal.meta.MetaPages.PageKind;

/**
 * In demo mode the NAV Foreldrepenger Facebook account (made by the inbox demo) is a connected page, id
 * {@value #PAGE_ID} with token {@code demo-page-token}, so the whole path can be tried against a fake Graph API.
 * The token is not checked: the demo starts without Meta.
 */
@Component
@Order(30)
class MetaDemo implements ApplicationRunner {

	static final String PAGE_ID = "1000000000001";

	private static final Logger log = LoggerFactory.getLogger(MetaDemo.class);

	private final boolean demo;

	private final Accounts accounts;

	private final MetaPages pages;

	private final MetaSettings settings;

	MetaDemo(@Value("${samtale.demo:false}") boolean demo, Accounts accounts, MetaPages pages, MetaSettings settings) {
		this.demo = demo;
		this.accounts = accounts;
		this.pages = pages;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || pages.accountOfPage(PAGE_ID).isPresent()) {
			return;
		}
		for (Account account : accounts.all()) {
			if (account.platform() == Platform.FACEBOOK && account.connector() == ConnectorKind.META
					&& account.name().equals("NAV Foreldrepenger")) {
				pages.connect(account.id(), PAGE_ID, PageKind.FACEBOOK_PAGE, "demo-page-token", null);
				log.info("Demo mode: NAV Foreldrepenger is Meta page {}{}", PAGE_ID, settings.configured() ? ""
						: "; replies to it fail until SAMTALE_META_APP_SECRET and SAMTALE_META_GRAPH_URL are set");
			}
		}
	}

}
