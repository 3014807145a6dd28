package org.satukota.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class UnitTreeRevisionIntegrationTest {

	@Autowired
	Units units;

	@Autowired
	UnitRepository repository;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aChangeCommittedByAnotherNodeIsSeenOnTheNextRead() {
		UnitView opd = units.activeUnits().stream().filter(u -> u.type() == UnitType.OPD).findFirst().orElseThrow();
		String original = opd.name();
		try {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("update directory_unit set name = :name where id = :id").param("name", original + " (baru)")
					.param("id", opd.id()).update();
				repository.bumpRevision();
			});

			assertThat(units.find(opd.id())).map(UnitView::name).hasValue(original + " (baru)");
			assertThat(units.activeUnits()).extracting(UnitView::name).contains(original + " (baru)");
		}
		finally {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("update directory_unit set name = :name where id = :id").param("name", original)
					.param("id", opd.id()).update();
				repository.bumpRevision();
			});
		}
		assertThat(units.find(opd.id())).map(UnitView::name).hasValue(original);
	}

	@Test
	void aChangeThatWasRolledBackIsNeverServed() {
		UnitView opd = units.activeUnits().stream().filter(u -> u.type() == UnitType.OPD).findFirst().orElseThrow();

		transactions.executeWithoutResult(status -> {
			jdbc.sql("update directory_unit set name = 'Tidak jadi' where id = :id").param("id", opd.id()).update();
			repository.bumpRevision();
			assertThat(units.find(opd.id())).map(UnitView::name).hasValue("Tidak jadi");
			status.setRollbackOnly();
		});

		assertThat(units.find(opd.id())).map(UnitView::name).hasValue(opd.name());
	}
}
