package org.satukota.informasi.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.satukota.directory.UnitView;
import org.satukota.directory.Units;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /kontak}: every office of the city (OPD, kecamatan, kelurahan/desa) with address, hours, phone and WhatsApp
 * links, a small map of the offices whose coordinates are known, and each kecamatan's emergency contacts.
 */
@Controller
class ContactsController {

	private final Units units;

	private final ContactDirectory directory;

	private final ContentViews views;

	private final JsonMapper json;

	ContactsController(Units units, ContactDirectory directory, ContentViews views, JsonMapper json) {
		this.units = units;
		this.directory = directory;
		this.views = views;
		this.json = json;
	}

	/** A directory office with the portal's links. */
	record OfficeView(UnitView unit, String tel, String wa, String path) {
	}

	/** A kecamatan with its office, its kelurahan/desa and its emergency contacts. */
	record Kecamatan(OfficeView office, List<OfficeView> villages, List<ContactDirectory.EmergencyContact> emergency) {
	}

	record Marker(String name, double lat, double lon, String path) {
	}

	@GetMapping("/kontak")
	String contacts(Model model, Locale locale) {
		Map<Long, ContactDirectory.Office> offices = directory.offices();
		Map<Long, List<ContactDirectory.EmergencyContact>> emergency = directory.activeEmergencyByKecamatan();
		List<OfficeView> opds = new ArrayList<>();
		List<Kecamatan> kecamatan = new ArrayList<>();
		List<Marker> markers = new ArrayList<>();
		for (UnitView unit : units.activeUnits()) {
			OfficeView office = office(unit, offices.get(unit.id()));
			ContactDirectory.Office located = offices.get(unit.id());
			if (located != null && located.located()) {
				markers.add(new Marker(unit.name(), located.latitude(), located.longitude(), office.path()));
			}
			switch (unit.type()) {
				case OPD -> opds.add(office);
				case KECAMATAN -> kecamatan.add(new Kecamatan(office, new ArrayList<>(),
						emergency.getOrDefault(unit.id(), List.of())));
				case KELURAHAN, DESA -> {
					if (!kecamatan.isEmpty()) {
						kecamatan.get(kecamatan.size() - 1).villages().add(office);
					}
				}
				default -> {
				}
			}
		}
		UnitView city = units.city();
		model.addAttribute("city", office(city, offices.get(city.id())));
		model.addAttribute("opds", opds);
		model.addAttribute("kecamatan", kecamatan);
		model.addAttribute("markers", markers.isEmpty() ? null : json.writeValueAsString(markers));
		model.addAttribute("updated", directory.lastChange().map(at -> views.date(at, locale)).orElse(null));
		return "informasi/kontak";
	}

	private static OfficeView office(UnitView unit, ContactDirectory.Office office) {
		return new OfficeView(unit, Phones.tel(unit.phone()), office == null ? null : Phones.whatsapp(office.whatsapp()),
				"/unit/" + unit.id());
	}
}
