package org.satukota.layanan.internal;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.satukota.layanan.ServiceCatalog;
import org.satukota.layanan.ServiceVersion;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

/**
 * The catalogue read from the database. Seeds the shipped service types once all beans exist (so that other
 * modules' start-up code already sees them) and keeps the node's search index in step with the database.
 */
@Service
class JdbcServiceCatalog implements ServiceCatalog, SmartInitializingSingleton {

	static final Comparator<ServiceVersion> BY_NAME = Comparator.comparing(ServiceVersion::name,
			Collator.getInstance(Locale.forLanguageTag("id")));

	private final ServiceRepository repository;

	private final ServiceSeeder seeder;

	private final CatalogueIndex index = new CatalogueIndex();

	/**
	 * Parsed versions for one state of service_type. Versions are immutable; only which one is current and whether
	 * its type is active change, and every such change alters the digest, which is asked (one cheap query on a small
	 * table) before each use, so another node's publication or retirement is seen at once. Entries are only ever
	 * read from the database within the same state they are filed under (or a newer one, which makes the next
	 * digest differ and drops them).
	 */
	private record Cached(String digest, Map<String, Optional<ServiceVersion>> current,
			Map<Long, Optional<ServiceVersion>> versions) {

		Cached(String digest) {
			this(digest, new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.ConcurrentHashMap<>());
		}
	}

	private volatile Cached cached = new Cached("");

	JdbcServiceCatalog(ServiceRepository repository, ServiceSeeder seeder) {
		this.repository = repository;
		this.seeder = seeder;
	}

	@Override
	public void afterSingletonsInstantiated() {
		seeder.seed();
		refreshIndex();
	}

	@Override
	public List<ServiceVersion> published() {
		return repository.currentVersions().stream().map(JdbcServiceCatalog::toVersion).sorted(BY_NAME).toList();
	}

	@Override
	public Optional<ServiceVersion> current(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return cache().current()
			.computeIfAbsent(code, c -> repository.currentVersion(c).map(JdbcServiceCatalog::toVersion));
	}

	@Override
	public Optional<ServiceVersion> version(long versionId) {
		return cache().versions()
			.computeIfAbsent(versionId, id -> repository.version(id).map(JdbcServiceCatalog::toVersion));
	}

	private Cached cache() {
		String digest = repository.stateDigest();
		Cached now = cached;
		if (!now.digest().equals(digest)) {
			now = new Cached(digest);
			cached = now;
		}
		return now;
	}

	@Override
	public List<ServiceVersion> search(String query) {
		Instant lastChange = repository.lastChange().orElse(null);
		if (!Objects.equals(lastChange, index.builtFrom())) {
			refreshIndex();
		}
		List<String> codes = index.search(query);
		if (codes.isEmpty()) {
			return List.of();
		}
		// Resolve against the database, so a type retired a moment ago never shows even if the index lags.
		Map<String, ServiceVersion> current = published().stream()
			.collect(Collectors.toMap(ServiceVersion::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		return codes.stream().map(current::get).filter(Objects::nonNull).toList();
	}

	/** Rebuilds this node's index from the database; called after each publication or retirement too. */
	void refreshIndex() {
		Instant asOf = repository.lastChange().orElse(null);
		index.rebuild(published(), asOf);
	}

	List<String> searchTerms(String query) {
		return index.terms(query);
	}

	static ServiceVersion toVersion(ServiceRepository.VersionRow row) {
		return row.definition().toVersion(row.id(), row.code(), row.version(), row.publishedAt(), !row.typeActive());
	}
}
