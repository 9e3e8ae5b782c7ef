package no.samtale.platform.internal;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import no.samtale.platform.PublicPaths;

/**
 * What every request meets before it reaches a controller: a bounded body, no NUL in its query, only the query
 * parameters its operation takes. The filters run before Spring Security, so even the login form is bounded.
 */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<RequestMappingHandlerAdapter> adapter;

	EdgeConfiguration(ObjectProvider<RequestMappingHandlerAdapter> adapter) {
		this.adapter = adapter;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new KnownQueryParameters(() -> adapter.getObject().getArgumentResolvers()))
			.addPathPatterns("/api/**");
	}

	@Bean
	FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(Environment environment, ProblemWriter problems) {
		Binder binder = Binder.get(environment);
		DataSize body = binder.bind("samtale.request-limits.body", DataSize.class).orElse(DataSize.ofKilobytes(512));
		DataSize upload = binder.bind("spring.servlet.multipart.max-request-size", DataSize.class)
			.orElse(DataSize.ofMegabytes(12));
		List<BodyLimitFilter.PathLimit> paths = binder
			.bind("samtale.request-limits.paths", Bindable.mapOf(String.class, DataSize.class))
			.orElse(Map.of())
			.entrySet()
			.stream()
			.map(entry -> BodyLimitFilter.PathLimit.of(entry.getKey(), entry.getValue()))
			.toList();
		FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
				new BodyLimitFilter(body, upload, paths, problems));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<QueryParameterFilter> queryParameterFilter(ProblemWriter problems) {
		FilterRegistrationBean<QueryParameterFilter> registration = new FilterRegistrationBean<>(
				new QueryParameterFilter(problems));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 19);
		return registration;
	}

	/** The platform's own public addresses: what the web shell asks before login, and the probes. */
	@Bean
	PublicPaths platformPublicPaths() {
		return PublicPaths.open("/api/v1/info", "/actuator/health", "/actuator/health/**", "/actuator/info");
	}

}
