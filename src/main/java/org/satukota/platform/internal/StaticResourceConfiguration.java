package org.satukota.platform.internal;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the platform's own styles and scripts and the WebJars under their three prefixes only, each with a
 * fingerprinted URL (a content hash for our files, the library version for WebJars) so that phones keep them for a
 * year and fetch them again only when they change.
 *
 * <p>Why not Spring Boot's default {@code /**} mapping: links in pages are rewritten through the resource chain, and
 * a catch-all pattern makes every link to a page ({@code /staf/pengaduan/…}) a classpath lookup on each render.
 * With explicit prefixes only links to real static files are looked up, and those lookups are cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

	static final CacheControl FINGERPRINTED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(FINGERPRINTED)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(FINGERPRINTED)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(FINGERPRINTED)
			.resourceChain(true);
	}
}
