package org.satukota.account.internal;

import org.satukota.account.NikRegions;
import org.satukota.account.RoleScopePolicy;
import org.satukota.directory.RegionCodes;
import org.satukota.directory.Units;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	@Bean
	RoleScopePolicy roleScopePolicy(Units units) {
		return new RoleScopePolicy(units);
	}

	@Bean
	NikRegions nikRegions(RegionCodes regionCodes) {
		return new NikRegions() {
			@Override
			public boolean isProvince(String twoDigits) {
				return regionCodes.isProvince(twoDigits);
			}

			@Override
			public boolean isRegency(String fourDigits) {
				return regionCodes.isRegency(fourDigits);
			}

			@Override
			public boolean isKecamatan(String sixDigits) {
				return regionCodes.isKecamatan(sixDigits);
			}
		};
	}
}
