/**
 * Tells systems outside Samtale what happened, over Kafka: when {@code SAMTALE_KAFKA_BOOTSTRAP_SERVERS} is set, the
 * module events others care about (a message received, a reply sent, a post published, an answer verified, an
 * escalation raised and answered) go out as versioned JSON with ids and non-personal facts only, through Spring
 * Modulith's event externalization, whose event publication registry is the outbox. Without the variable this module
 * does nothing. Topics and schemas: docs/kafka.md. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kafka")
package no.samtale.kafka;
