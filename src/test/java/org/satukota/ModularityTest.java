package org.satukota;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(SatuKotaApplication.class);

	@Test
	void modulesOnlyTalkThroughTheirPublicApis() {
		modules.verify();
	}

	@Test
	void moduleDocumentationIsWritten() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
