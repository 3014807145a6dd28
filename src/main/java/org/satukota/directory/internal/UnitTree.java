package org.satukota.directory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.satukota.directory.UnitView;

/** An immutable snapshot of one city's units, as of one directory revision. */
final class UnitTree {

	private static final Comparator<UnitView> BY_NAME = Comparator.comparing(UnitView::name)
		.thenComparing(UnitView::code);

	private final long revision;

	private final Map<Long, UnitView> byId = new HashMap<>();

	private final List<UnitView> active;

	private final Map<Long, List<UnitView>> activeChildren = new HashMap<>();

	/**
	 * @param all every unit of the city, retired ones included
	 * @param activeInTreeOrder the active ones in tree order (a retired unit hides its subtree)
	 */
	UnitTree(long revision, List<Unit> all, List<Unit> activeInTreeOrder) {
		this.revision = revision;
		for (Unit unit : all) {
			UnitView view = unit.view();
			byId.put(view.id(), view);
			if (view.active() && view.parentId() != null) {
				activeChildren.computeIfAbsent(view.parentId(), k -> new ArrayList<>()).add(view);
			}
		}
		activeChildren.replaceAll((parent, children) -> children.stream().sorted(BY_NAME).toList());
		this.active = activeInTreeOrder.stream().map(unit -> byId.get(unit.id())).toList();
	}

	long revision() {
		return revision;
	}

	Optional<UnitView> find(long id) {
		return Optional.ofNullable(byId.get(id));
	}

	List<UnitView> active() {
		return active;
	}

	List<UnitView> activeChildren(long parentId) {
		return activeChildren.getOrDefault(parentId, List.of());
	}

	/** Whether {@code unitId} is {@code ancestorId} or lies below it; false for units of another city. */
	boolean isWithin(long unitId, long ancestorId) {
		UnitView unit = byId.get(unitId);
		// A parent chain is never longer than the tree; the bound only guards against a corrupt cycle.
		for (int depth = 0; unit != null && depth <= byId.size(); depth++) {
			if (unit.id() == ancestorId) {
				return true;
			}
			unit = unit.parentId() == null ? null : byId.get(unit.parentId());
		}
		return false;
	}
}
