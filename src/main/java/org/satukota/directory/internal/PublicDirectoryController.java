package org.satukota.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The city's public pages: the home page with its units, and one page per unit. Active units only. */
@Controller
class PublicDirectoryController {

	private final JdbcUnits units;

	PublicDirectoryController(JdbcUnits units) {
		this.units = units;
	}

	@GetMapping("/")
	String home(@RequestParam(name = "keluar", required = false) String loggedOut, Model model) {
		List<UnitView> opds = new ArrayList<>();
		List<UnitGroup<UnitView>> kecamatan = new ArrayList<>();
		for (UnitView unit : units.activeUnits()) {
			switch (unit.type()) {
				case OPD -> opds.add(unit);
				case KECAMATAN -> kecamatan.add(new UnitGroup<>(unit, new ArrayList<>()));
				case KELURAHAN, DESA -> {
					if (!kecamatan.isEmpty()) {
						kecamatan.get(kecamatan.size() - 1).members().add(unit);
					}
				}
				default -> {
				}
			}
		}
		model.addAttribute("profile", units.cityProfile());
		model.addAttribute("city", units.city());
		model.addAttribute("opds", opds);
		model.addAttribute("kecamatan", kecamatan);
		model.addAttribute("loggedOut", loggedOut != null);
		return "directory/home";
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
