package org.satukota.pengaduan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.satukota.shared.CacheRevisions;
import org.satukota.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CategorySnapshotIntegrationTest {

	@Autowired
	Categories categories;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	CacheRevisions revisions;

	@Test
	void anEditIsShownAtOnceAndAChangeCommittedByAnotherNodeOnTheNextRead() {
		Categories.Row leaf = categories.activeLeafRows().get(0);
		String original = leaf.name();
		try {
			categories.update(leaf.code(), original + " (ubah)", leaf.description(), leaf.keywords(),
					leaf.defaultOpdCode(), leaf.relatedCodes(), leaf.sortOrder());
			assertThat(categories.row(leaf.code())).map(Categories.Row::name).hasValue(original + " (ubah)");

			transactions.executeWithoutResult(status -> {
				jdbc.sql("UPDATE pengaduan_kategori SET name = :name WHERE code = :code")
					.param("name", original + " (node lain)")
					.param("code", leaf.code())
					.update();
				revisions.bump(Categories.REVISION);
			});
			assertThat(categories.row(leaf.code())).map(Categories.Row::name).hasValue(original + " (node lain)");
		}
		finally {
			categories.update(leaf.code(), original, leaf.description(), leaf.keywords(), leaf.defaultOpdCode(),
					leaf.relatedCodes(), leaf.sortOrder());
		}
		assertThat(categories.row(leaf.code())).map(Categories.Row::name).hasValue(original);
	}

	@Test
	void rowsComeFromMemoryUntilTheRevisionMoves() {
		Categories.Row leaf = categories.activeLeafRows().get(1);
		try {
			jdbc.sql("UPDATE pengaduan_kategori SET name = 'Tanpa revisi' WHERE code = :code")
				.param("code", leaf.code())
				.update();

			assertThat(categories.row(leaf.code())).map(Categories.Row::name).hasValue(leaf.name());
		}
		finally {
			jdbc.sql("UPDATE pengaduan_kategori SET name = :name WHERE code = :code")
				.param("name", leaf.name())
				.param("code", leaf.code())
				.update();
		}
	}

	@Test
	void aRetiredCategoryLeavesTheActiveLeavesAtOnce() {
		Categories.Row leaf = categories.activeLeafRows().get(2);
		try {
			categories.setActive(leaf.code(), false);
			assertThat(categories.activeLeaves()).extracting(c -> c.code()).doesNotContain(leaf.code());
		}
		finally {
			categories.setActive(leaf.code(), true);
		}
		assertThat(categories.activeLeaves()).extracting(c -> c.code()).contains(leaf.code());
	}
}
