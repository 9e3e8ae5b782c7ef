package no.samtale.inbox.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.channels.Accounts;
import no.samtale.channels.Inbound;
import no.samtale.channels.InboundBatchReceived;
import no.samtale.channels.Intake;
import no.samtale.inbox.ConversationStatus;
import no.samtale.inbox.ConversationsChanged;
import no.samtale.inbox.MessageReceived;
import no.samtale.inbox.internal.ConversationsInBulk.Opening;
import no.samtale.platform.BulkWork;

/**
 * Threads a batch of citizens' messages ({@link InboundBatchReceived}) in one transaction, exactly once. Messages that
 * open a conversation of their own (the bulk of a burst: a new comment thread, once in the batch, nothing for the
 * personal-data guard) are written with a few batched statements for the whole batch; the others (a reply in a
 * known thread, several in one thread, a removed or sensitive one) go through {@link Threading} one at a time, in
 * order, in the same transaction. If the bulk write fails, it is rolled back to its savepoint and every message is
 * threaded alone, each in a savepoint; one that still fails is handed on as an {@link UnthreadedInbound} event of its
 * own, retried until it succeeds, so it never holds up the rest. The batch's publication is completed once the
 * transaction commits; after a crash it is delivered again, and the messages' unique inbound ids make that a no-op.
 */
@Component
class ThreadingInBulk {

	private static final Logger log = LoggerFactory.getLogger(ThreadingInBulk.class);

	private final Threading threading;

	private final Intake intake;

	private final Accounts accounts;

	private final ConversationsInBulk bulk;

	private final PersonalDataGuard guard;

	private final ApplicationEventPublisher events;

	private final BulkWork work;

	private final TransactionTemplate savepoint;

	/**
	 * A node's batches take turns: two at once could lock the same conversations in opposite orders. A batch waits
	 * for its turn here before it asks for a connection.
	 */
	private final ReentrantLock turn = new ReentrantLock(true);

	ThreadingInBulk(Threading threading, Intake intake, Accounts accounts, ConversationsInBulk bulk,
			PersonalDataGuard guard, ApplicationEventPublisher events, BulkWork work,
			PlatformTransactionManager transactions) {
		this.threading = threading;
		this.intake = intake;
		this.accounts = accounts;
		this.bulk = bulk;
		this.guard = guard;
		this.events = events;
		this.work = work;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Async(BulkWork.EXECUTOR)
	@TransactionalEventListener
	void on(InboundBatchReceived batch) {
		List<Long> ids = batch.inboundIds();
		turn.lock();
		try {
			work.inTransaction(() -> threadAll(ids));
		}
		finally {
			turn.unlock();
		}
	}

	/** Threads the messages in the caller's transaction. */
	void threadAll(List<Long> inboundIds) {
		List<Inbound> inbounds = intake.getAll(inboundIds);
		if (inbounds.isEmpty()) {
			return;
		}
		try {
			savepoint.executeWithoutResult(status -> inBulk(inbounds));
			return;
		}
		catch (RuntimeException e) {
			log.info("A batch of {} citizens' messages could not be threaded together; threading each alone: {}",
					inbounds.size(), e.getClass().getName());
		}
		for (Inbound inbound : inbounds) {
			try {
				savepoint.executeWithoutResult(status -> threading.thread(inbound.id()));
			}
			catch (RuntimeException e) {
				log.warn("A citizen's message could not be threaded with its batch; it is tried again alone: {}",
						e.getClass().getName());
				events.publishEvent(new UnthreadedInbound(inbound.id()));
			}
		}
	}

	private void inBulk(List<Inbound> inbounds) {
		Set<Long> threaded = bulk.threaded(inbounds.stream().map(Inbound::id).toList());
		List<Inbound> fresh = inbounds.stream().filter(inbound -> !threaded.contains(inbound.id())).toList();
		Map<String, Integer> perThread = new HashMap<>();
		Map<String, List<String>> threadsByGroup = new HashMap<>();
		for (Inbound inbound : fresh) {
			String key = Opening.key(inbound.accountId(), inbound.kind(), inbound.threadExternalId());
			if (perThread.merge(key, 1, Integer::sum) == 1) {
				threadsByGroup.computeIfAbsent(inbound.accountId() + "/" + inbound.kind().name(), g -> new ArrayList<>())
					.add(inbound.threadExternalId());
			}
		}
		Set<String> existing = new HashSet<>();
		for (Inbound inbound : fresh) {
			List<String> threads = threadsByGroup.remove(inbound.accountId() + "/" + inbound.kind().name());
			if (threads != null) {
				existing.addAll(bulk.existing(inbound.accountId(), inbound.kind(), threads));
			}
		}
		List<Opening> openings = new ArrayList<>();
		List<Inbound> alone = new ArrayList<>();
		for (Inbound inbound : fresh) {
			String key = Opening.key(inbound.accountId(), inbound.kind(), inbound.threadExternalId());
			if (perThread.get(key) == 1 && !existing.contains(key) && !inbound.removed()
					&& !guard.concerns(inbound)) {
				openings.add(new Opening(inbound, accounts.get(inbound.accountId()).teamId()));
			}
			else {
				alone.add(inbound);
			}
		}
		if (!openings.isEmpty()) {
			Map<String, Long> ids = bulk.open(openings);
			// As Threading does for each message: without it a batch's messages would never reach the Kafka topic.
			openings.forEach(opening -> events.publishEvent(new MessageReceived(ids.get(opening.key()),
					opening.first().id(), opening.teamId(), opening.first().accountId(), opening.first().kind(),
					opening.first().receivedAt())));
			Map<Long, List<Long>> openedByTeam = new LinkedHashMap<>();
			openings.forEach(opening -> openedByTeam.computeIfAbsent(opening.teamId(), team -> new ArrayList<>())
				.add(ids.get(opening.key())));
			openedByTeam.forEach(this::opened);
		}
		alone.forEach(inbound -> threading.thread(inbound.id()));
	}

	/** New conversations are NEW (threading their first message leaves them so), told in events of a few hundred. */
	private void opened(long teamId, List<Long> conversationIds) {
		for (int from = 0; from < conversationIds.size(); from += ConversationsChanged.MAX_IDS) {
			events.publishEvent(new ConversationsChanged(teamId, ConversationStatus.NEW,
					conversationIds.subList(from, Math.min(conversationIds.size(), from + ConversationsChanged.MAX_IDS))));
		}
	}

}
