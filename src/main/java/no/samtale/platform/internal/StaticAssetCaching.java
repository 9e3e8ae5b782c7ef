package no.samtale.platform.internal;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How long browsers keep the web shell's files. Vite names every built asset after its content, so an asset's
 * address never shows other bytes: browsers keep it for a year without asking again. The one page that names them,
 * index.html (every page address is forwarded to it), is never stored, so a new release is seen on the next load.
 * Without this, Spring Security's default {@code no-store} made every page load fetch about 1 MB again.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetCaching implements WebMvcConfigurer {

	static final CacheControl HASHED_ASSETS = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/assets/")
			.setCacheControl(HASHED_ASSETS);
		registry.addResourceHandler("/index.html")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.noStore());
	}

}
