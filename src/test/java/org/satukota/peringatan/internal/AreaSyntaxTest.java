package org.satukota.peringatan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaSyntaxTest {

	@Test
	void aClosedPolygonOfFourPointsIsAccepted() {
		assertThat(AreaSyntax.polygonError("-2.98,104.74 -2.98,104.77 -3.00,104.77 -2.98,104.74")).isNull();
	}

	@Test
	void anOpenPolygonIsRefused() {
		assertThat(AreaSyntax.polygonError("-2.98,104.74 -2.98,104.77 -3.00,104.77 -2.99,104.74"))
			.isEqualTo("peringatan.area.polygon-not-closed");
	}

	@Test
	void aPolygonWithTooFewPointsIsRefused() {
		assertThat(AreaSyntax.polygonError("-2.98,104.74 -2.98,104.77 -2.98,104.74"))
			.isEqualTo("peringatan.area.polygon-too-short");
	}

	@Test
	void pointsOutOfRangeOrInTheWrongOrderAreRefused() {
		assertThat(AreaSyntax.polygonError("104.74,-2.98 104.77,-2.98 104.77,-3.00 104.74,-2.98"))
			.isEqualTo("peringatan.area.polygon-syntax");
		assertThat(AreaSyntax.polygonError("-2.98;104.74 -2.98,104.77 -3.00,104.77 -2.98;104.74"))
			.isEqualTo("peringatan.area.polygon-syntax");
	}

	@Test
	void aCircleNeedsACentreAndAPositiveRadiusInKilometres() {
		assertThat(AreaSyntax.circleError("-2.9909,104.7566 2.5")).isNull();
		assertThat(AreaSyntax.circleError("-2.9909,104.7566")).isEqualTo("peringatan.area.circle-syntax");
		assertThat(AreaSyntax.circleError("-2.9909,104.7566 0")).isEqualTo("peringatan.area.circle-radius");
		assertThat(AreaSyntax.circleError("-2.9909,104.7566 -1")).isEqualTo("peringatan.area.circle-radius");
		assertThat(AreaSyntax.circleError("abc 2")).isEqualTo("peringatan.area.circle-syntax");
	}

	@Test
	void geometriesAreOnePerNonBlankLineWithSpacesNormalised() {
		assertThat(AreaSyntax.lines("  -2.9,104.7   1 \n\n -3,104 2 ")).containsExactly("-2.9,104.7 1", "-3,104 2");
	}
}
