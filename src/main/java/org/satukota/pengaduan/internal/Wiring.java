package org.satukota.pengaduan.internal;

import java.util.List;

import org.satukota.account.CurrentUsers;
import org.satukota.account.Role;
import org.satukota.home.StaffMenuContributor;
import org.satukota.home.StaffMenuItem;
import org.satukota.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's contributions to the platform: public paths, staff home links, the citizen home's list. */
@Configuration
class Wiring {

	@Bean
	PublicPaths pengaduanPublicPaths() {
		return new PublicPaths() {
			@Override
			public List<String> pages() {
				return List.of("/pengaduan", "/pengaduan/**");
			}
		};
	}

	@Bean
	StaffMenuContributor pengaduanMenu() {
		return () -> List.of(new StaffMenuItem(Role.ADMIN_PENGADUAN, "pengaduan.menu.queue", "/staf/pengaduan"),
				new StaffMenuItem(Role.ADMIN_PENGHUBUNG_OPD, "pengaduan.menu.inbox", "/staf/pengaduan/opd"));
	}

	/** Read by name from the citizen home template, which has no compile-time dependency on this module. */
	@Bean("pengaduanRingkasan")
	CitizenReports pengaduanRingkasan(CurrentUsers currentUsers, ComplaintRepository repository) {
		return new CitizenReports(currentUsers, repository);
	}

	/** The signed-in citizen's latest reports. */
	static class CitizenReports {

		/** One line of the list. */
		public record Line(String trackingNumber, String title, String status) {
		}

		private final CurrentUsers currentUsers;

		private final ComplaintRepository repository;

		CitizenReports(CurrentUsers currentUsers, ComplaintRepository repository) {
			this.currentUsers = currentUsers;
			this.repository = repository;
		}

		public List<Line> latest() {
			return currentUsers.current()
				.filter(user -> user.isCitizen())
				.map(user -> repository.ofReporter(user.accountId(), 5)
					.stream()
					.map(c -> new Line(c.trackingNumber, c.title, c.status.name()))
					.toList())
				.orElse(List.of());
		}
	}
}
