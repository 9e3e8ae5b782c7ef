package no.samtale.platform.internal;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.DeserializationFeature;

/**
 * A request body naming a field the endpoint does not know is refused with a 400 naming that field. Ignoring it
 * silently did harm: a client that wrote {@code expireAt} for {@code expiresAt} got a token that never expires and
 * no word about it. Only the server's reading of request bodies is strict; the clients that read other platforms'
 * answers keep the shared mapper, which tolerates fields those platforms add over time.
 */
@Configuration(proxyBeanMethods = false)
class UnknownFieldsRefused implements WebMvcConfigurer {

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		// Exactly Spring's JSON converter: subclasses such as Spring Data's projecting converter read only their
		// own kinds of target and must stay as they are (a plain converter in their place would claim byte[] bodies).
		converters.replaceAll(converter -> converter.getClass() == JacksonJsonHttpMessageConverter.class
				? strict((JacksonJsonHttpMessageConverter) converter) : converter);
	}

	private static HttpMessageConverter<?> strict(JacksonJsonHttpMessageConverter original) {
		JacksonJsonHttpMessageConverter strict = new JacksonJsonHttpMessageConverter(
				original.getMapper().rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
		strict.setSupportedMediaTypes(original.getSupportedMediaTypes());
		return strict;
	}

}
