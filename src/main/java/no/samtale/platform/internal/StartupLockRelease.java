package no.samtale.platform.internal;

import java.sql.SQLException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/** The last start-up runner: lets the next starting node run its runners ({@link StartupLock}). */
@Component
class StartupLockRelease implements ApplicationRunner, Ordered {

	private final StartupLock lock;

	StartupLockRelease(StartupLock lock) {
		this.lock = lock;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException {
		lock.release();
	}

}
