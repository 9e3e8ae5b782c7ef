package no.samtale.identity.internal;

import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;

/**
 * Lets a controller method take the caller as a parameter ({@code CurrentUser caller}) instead of asking
 * {@link Users#current()} itself. Nobody logged in is an authentication error, answered as a 401 problem.
 */
@Configuration(proxyBeanMethods = false)
class CurrentUserArguments implements WebMvcConfigurer {

	static {
		// The caller is not something an API client sends: keep it out of the OpenAPI description.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	private final Users users;

	CurrentUserArguments(Users users) {
		this.users = users;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType() == CurrentUser.class;
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
					NativeWebRequest request, WebDataBinderFactory binders) {
				return users.current();
			}

		});
	}

}
