package org.satukota.permohonan.internal;

import org.junit.jupiter.api.BeforeEach;
import org.satukota.directory.Units;
import org.satukota.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** What the application journeys share: the browser, the city's units and the people they create. */
abstract class ApplicationJourneys extends BrowserTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	People people;

	@BeforeEach
	void setUpPeople() {
		people = new People(MockMvcBuilders.webAppContextSetup(context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build(), jdbc);
	}
}
