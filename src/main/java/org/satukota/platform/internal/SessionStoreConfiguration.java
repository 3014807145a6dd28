package org.satukota.platform.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link ThriftySessionRepository} in front of Spring Session's JDBC store, which reads attributes through
 * {@link RememberingAttributeReader}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	static BeanPostProcessor thriftySessionRepository() {
		return new ThriftySessionStore();
	}

	/** Wraps the JDBC store and has it read attributes through {@link RememberingAttributeReader}. */
	private static final class ThriftySessionStore implements BeanPostProcessor, BeanClassLoaderAware {

		private ClassLoader classLoader;

		@Override
		public void setBeanClassLoader(ClassLoader classLoader) {
			this.classLoader = classLoader;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof JdbcIndexedSessionRepository jdbc)) {
				return bean;
			}
			GenericConversionService attributes = new GenericConversionService();
			attributes.addConverter(Object.class, byte[].class, new SerializingConverter());
			attributes.addConverter(byte[].class, Object.class, new RememberingAttributeReader(classLoader));
			jdbc.setConversionService(attributes);
			return new ThriftySessionRepository(jdbc);
		}
	}

	/**
	 * The store's transactions: reads without one, writes in a new one as the store's own default does. Set on
	 * Spring Session's configuration rather than offered as a bean, which would stand in for the application's
	 * own transaction template.
	 */
	@Bean
	static BeanPostProcessor sessionTransactions(ObjectProvider<PlatformTransactionManager> transactionManager) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcHttpSessionConfiguration configuration) {
					TransactionTemplate writes = new TransactionTemplate(transactionManager.getObject());
					writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
					configuration.setTransactionOperations(new SessionTransactions(writes));
				}
				return bean;
			}
		};
	}

	/** Opens the request scope in which a session is read once; it must enclose the session filter. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> sessionReadOncePerRequest() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						boolean started = ThriftySessionRepository.startRequest();
						try {
							chain.doFilter(request, response);
						}
						finally {
							if (started) {
								ThriftySessionRepository.endRequest();
							}
						}
					}
				});
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setName("sessionReadOncePerRequest");
		return registration;
	}
}
