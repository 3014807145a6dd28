package org.satukota.open311.internal;

import java.time.Clock;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.satukota.directory.UnitType;
import org.satukota.directory.Units;
import org.satukota.pengaduan.ComplaintCategories;
import org.satukota.pengaduan.Complaints;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the HTTP-independent API to the platform. The complaint contracts are looked up on each call, so this
 * module starts (and answers 503) even where no module implements them.
 */
@Configuration(proxyBeanMethods = false)
class Open311Configuration {

	@Bean
	Open311Api open311Api(ObjectProvider<Complaints> complaints, ObjectProvider<ComplaintCategories> categories,
			ApiKeys keys, JdbcSubmissionWindow submissions, Units units, Clock clock, MessageSource messages,
			@Value("${satukota.public-url:http://localhost:8080}") String publicUrl,
			@Value("${satukota.demo.enabled:false}") boolean demo) {
		return new Open311Api(complaints::getIfAvailable, categories::getIfAvailable, keys, submissions,
				units::cityProfile,
				id -> units.find(id)
					.filter(unit -> unit.active() && (unit.type() == UnitType.KELURAHAN || unit.type() == UnitType.DESA))
					.map(unit -> unit.name()),
				clock, messages, publicUrl, demo);
	}

	@Bean
	Open311Responses open311Responses(JsonMapper json, MessageSource messages) {
		return new Open311Responses(new Open311Writer(json), messages);
	}

	@Bean
	FilterRegistrationBean<Open311ErrorDispatchFilter> open311ErrorDispatchFilter(Open311Responses responses) {
		FilterRegistrationBean<Open311ErrorDispatchFilter> registration = new FilterRegistrationBean<>(
				new Open311ErrorDispatchFilter(responses));
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.ERROR));
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}
}
