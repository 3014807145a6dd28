package org.satukota.open311.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.satukota.pengaduan.ComplaintCategories;
import org.satukota.pengaduan.ComplaintCategory;
import org.satukota.pengaduan.ComplaintReceipt;
import org.satukota.pengaduan.ComplaintSubmission;
import org.satukota.pengaduan.Complaints;
import org.satukota.pengaduan.PublicComplaint;
import org.satukota.pengaduan.PublicComplaintPage;
import org.satukota.pengaduan.PublicComplaintQuery;
import org.satukota.pengaduan.PublicComplaintUpdate;
import org.satukota.shared.PolicyViolation;

/**
 * The complaint contracts in memory, behaving as they promise: idempotent per channel and key, rahasia reports never
 * come out. Records what Open311 asked for so tests can check the translation.
 */
class FakeComplaints implements Complaints, ComplaintCategories {

	final List<ComplaintCategory> categories = new ArrayList<>(List.of(
			new ComplaintCategory("jalan-rusak", "Jalan rusak", "Jalan berlubang atau retak", "Infrastruktur",
					List.of("jalan", "lubang"), 5L),
			new ComplaintCategory("sampah", "Sampah menumpuk", "Sampah tidak diangkut", "Kebersihan", List.of(), 6L)));

	final List<ComplaintSubmission> submissions = new CopyOnWriteArrayList<>();

	final List<PublicComplaint> published = new CopyOnWriteArrayList<>();

	final List<PublicComplaintUpdate> updates = new CopyOnWriteArrayList<>();

	final List<PublicComplaintQuery> queries = new CopyOnWriteArrayList<>();

	final List<Instant[]> updateBounds = new CopyOnWriteArrayList<>();

	private final Map<String, ComplaintReceipt> receipts = new HashMap<>();

	private final List<String> rahasia = new CopyOnWriteArrayList<>();

	PolicyViolation refuseNext;

	Instant now = Instant.parse("2026-11-20T03:00:00Z");

	@Override
	public List<ComplaintCategory> activeLeaves() {
		return categories;
	}

	@Override
	public Optional<ComplaintCategory> activeLeaf(String code) {
		return categories.stream().filter(c -> c.code().equals(code)).findFirst();
	}

	@Override
	public synchronized ComplaintReceipt submit(ComplaintSubmission submission) {
		if (refuseNext != null) {
			PolicyViolation refusal = refuseNext;
			refuseNext = null;
			throw refusal;
		}
		submissions.add(submission);
		String key = submission.channel() + "|" + submission.idempotencyKey();
		ComplaintReceipt earlier = receipts.get(key);
		if (earlier != null) {
			return new ComplaintReceipt(earlier.complaintId(), earlier.trackingNumber(), false);
		}
		String number = "ADU-2026-" + String.format("%06d", receipts.size() + 1);
		ComplaintReceipt receipt = new ComplaintReceipt(UUID.randomUUID(), number, true);
		receipts.put(key, receipt);
		ComplaintCategory category = activeLeaf(submission.categoryCode()).orElseThrow();
		if (submission.rahasia()) {
			rahasia.add(number);
		}
		else {
			published.add(new PublicComplaint(number, submission.kind(), category.code(), category.name(),
					submission.title(), submission.description(), "DITERIMA", true, null, List.of(), now, now,
					now.plusSeconds(3 * 86400), submission.kelurahanId(), submission.address(), submission.latitude(),
					submission.longitude(), List.of(), submission.anonim() ? null : submission.reporterName(), null));
		}
		return receipt;
	}

	int reports() {
		return receipts.size();
	}

	@Override
	public Optional<PublicComplaint> findPublic(String trackingNumber) {
		return published.stream().filter(c -> c.trackingNumber().equals(trackingNumber)).findFirst();
	}

	@Override
	public PublicComplaintPage searchPublic(PublicComplaintQuery query) {
		queries.add(query);
		Predicate<PublicComplaint> match;
		if (query.trackingNumbers() != null) {
			match = c -> query.trackingNumbers().contains(c.trackingNumber());
		}
		else {
			match = c -> (query.categoryCode() == null || query.categoryCode().equals(c.categoryCode()))
					&& (query.open() == null || query.open() == c.open())
					&& (query.submittedFrom() == null || !c.submittedAt().isBefore(query.submittedFrom()))
					&& (query.submittedUntil() == null || !c.submittedAt().isAfter(query.submittedUntil()))
					&& (query.updatedAfter() == null || !c.updatedAt().isBefore(query.updatedAfter()))
					&& (query.updatedBefore() == null || !c.updatedAt().isAfter(query.updatedBefore()));
		}
		List<PublicComplaint> all = published.stream()
			.filter(match)
			.sorted(Comparator.comparing(PublicComplaint::updatedAt).reversed())
			.toList();
		int from = Math.min(all.size(), (query.page() - 1) * query.pageSize());
		int to = Math.min(all.size(), from + query.pageSize());
		return new PublicComplaintPage(all.subList(from, to), all.size());
	}

	@Override
	public List<PublicComplaintUpdate> publicUpdates(Instant after, Instant before, int limit) {
		updateBounds.add(new Instant[] { after, before });
		return updates.stream()
			.filter(u -> (after == null || u.updatedAt().isAfter(after))
					&& (before == null || !u.updatedAt().isAfter(before)))
			.sorted(Comparator.comparing(PublicComplaintUpdate::updatedAt))
			.limit(limit)
			.toList();
	}
}
