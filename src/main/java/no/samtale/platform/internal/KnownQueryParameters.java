package no.samtale.platform.internal;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.RequestParamMapMethodArgumentResolver;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;

import no.samtale.platform.InvalidInputException;

/**
 * Refuses a query parameter the API operation does not take ({@code ?stauts=OPEN}, {@code ?sortering=newest}) with a
 * 400 naming it, instead of ignoring it and answering as if no filter had been asked for. What an operation takes
 * is read from its handler method: its {@code @RequestParam}s (a map of them takes anything), the components or
 * properties of a model-attribute parameter (a record of query parameters), and {@code page}/{@code size}.
 */
final class KnownQueryParameters implements HandlerInterceptor {

	private static final Set<String> ALWAYS = Set.of("page", "size");

	/** Every name goes: the operation takes a map of all parameters. */
	private static final Set<String> ANY = Set.of();

	private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

	/** The MVC adapter's resolvers, read late: the adapter is built after the interceptors. */
	private final Supplier<List<HandlerMethodArgumentResolver>> resolvers;

	KnownQueryParameters(Supplier<List<HandlerMethodArgumentResolver>> resolvers) {
		this.resolvers = resolvers;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String query = request.getQueryString();
		if (query == null || !(handler instanceof HandlerMethod method) || !request.getRequestURI().startsWith("/api/")) {
			return true;
		}
		Set<String> allowed = known.computeIfAbsent(method, this::namesTakenBy);
		if (allowed == ANY) {
			return true;
		}
		Set<String> unknown = new LinkedHashSet<>();
		for (Map.Entry<String, String> parameter : QueryStrings.parse(query)) {
			if (!allowed.contains(parameter.getKey()) && !ALWAYS.contains(parameter.getKey())) {
				unknown.add(parameter.getKey());
			}
		}
		if (!unknown.isEmpty()) {
			String first = unknown.iterator().next();
			throw new InvalidInputException(first, "Unknown query parameter: " + String.join(", ", unknown)
					+ "; this operation takes " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
		}
		return true;
	}

	Set<String> namesTakenBy(HandlerMethod method) {
		Set<String> names = new HashSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			parameter.initParameterNameDiscovery(NAMES);
			HandlerMethodArgumentResolver resolver = resolverOf(parameter);
			if (resolver instanceof RequestParamMapMethodArgumentResolver) {
				return ANY;
			}
			if (resolver instanceof RequestParamMethodArgumentResolver) {
				RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
				String name = annotation == null ? "" : annotation.name().isEmpty() ? annotation.value() : annotation.name();
				names.add(name.isEmpty() ? parameter.getParameterName() : name);
			}
			else if (resolver instanceof ModelAttributeMethodProcessor) {
				names.addAll(propertiesOf(parameter.getParameterType()));
			}
		}
		return names;
	}

	private HandlerMethodArgumentResolver resolverOf(MethodParameter parameter) {
		for (HandlerMethodArgumentResolver resolver : resolvers.get()) {
			if (resolver.supportsParameter(parameter)) {
				return resolver;
			}
		}
		return null;
	}

	private static Set<String> propertiesOf(Class<?> type) {
		Set<String> names = new HashSet<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				names.add(component.getName());
			}
			return names;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				names.add(property.getName());
			}
		}
		return names;
	}

}
