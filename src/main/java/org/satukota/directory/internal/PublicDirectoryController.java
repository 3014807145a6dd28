package org.satukota.directory.internal;

import java.util.Optional;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One public page per unit (active units only). The portal's home page and contacts directory belong to the
 * informasi module, which links here.
 */
@Controller
class PublicDirectoryController {

	private final JdbcUnits units;

	PublicDirectoryController(JdbcUnits units) {
		this.units = units;
	}

	@GetMapping("/unit/{id}")
	String unit(@PathVariable String id, Model model) {
		UnitView unit = publiclyVisible(id).orElseThrow(() -> new UnitNotFound(id));
		UnitView parent = unit.parentId() == null ? null : units.find(unit.parentId()).orElse(null);
		model.addAttribute("profile", units.cityProfile());
		model.addAttribute("unit", unit);
		model.addAttribute("parent", parent);
		model.addAttribute("children", units.children(unit.id()));
		model.addAttribute("isRegion", unit.type() != UnitType.OPD);
		return "directory/unit";
	}

	/** The unit, if it and every unit above it are active (a retired kecamatan hides its kelurahan too). */
	private Optional<UnitView> publiclyVisible(String id) {
		long unitId;
		try {
			unitId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		Optional<UnitView> unit = units.find(unitId);
		Optional<UnitView> current = unit;
		while (current.isPresent()) {
			if (!current.get().active()) {
				return Optional.empty();
			}
			Long parentId = current.get().parentId();
			current = parentId == null ? Optional.empty() : units.find(parentId);
		}
		return unit;
	}
}
