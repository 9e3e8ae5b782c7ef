package no.samtale.kafka.internal;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.kafka.internal.KeyOrder.Parked;

/**
 * The events given up because Kafka refused their record (docs/kafka.md, "Order"), for administrators: ids and the
 * kind of refusal, newest first, so the fact behind each can be found and told to the consumers by other means. Only
 * there when Kafka is configured.
 */
@RestController
@ConditionalOnExpression("!'${samtale.kafka.bootstrap-servers:}'.isBlank()")
class KafkaAdminController {

	private final KeyOrder order;

	KafkaAdminController(KeyOrder order) {
		this.order = order;
	}

	@GetMapping("/api/v1/admin/kafka/parked")
	List<Parked> parked() {
		return order.parked();
	}

}
