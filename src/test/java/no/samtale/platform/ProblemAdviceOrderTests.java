package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A module's own problem handler must come before the platform's, which handles {@code Exception}: Spring asks the
 * advice classes in their order and takes the first that handles the exception at all, so an unordered module
 * handler answers only when Spring happens to consult it first, and otherwise its problem becomes a 500.
 */
class ProblemAdviceOrderTests {

	private static final String PLATFORM_HANDLER = "no.samtale.platform.internal.ApiProblemHandler";

	@Test
	void everyModulesProblemHandlerIsOrderedBeforeThePlatformsCatchAll() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestControllerAdvice.class));
		List<String> advice = scanner.findCandidateComponents("no.samtale")
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.filter(name -> !name.equals(PLATFORM_HANDLER))
			.toList();

		assertThat(advice).as("the modules' problem handlers").contains(
				"no.samtale.channels.internal.webchat.WebChatProblems", "no.samtale.contacts.internal.ContactProblems");
		for (String name : advice) {
			Order order = AnnotationUtils.findAnnotation(Class.forName(name), Order.class);
			assertThat(order).as(name + " has no @Order").isNotNull();
			assertThat(order.value()).as(name).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
		}
		Order platform = AnnotationUtils.findAnnotation(Class.forName(PLATFORM_HANDLER), Order.class);
		assertThat(platform).as("the platform's catch-all keeps the lowest precedence").isNull();
	}

}
