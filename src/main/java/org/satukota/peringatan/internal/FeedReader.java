package org.satukota.peringatan.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads what an external CAP source serves: an Atom feed, an RSS 2.0 feed (entries linking to CAP documents) or
 * a CAP document itself.
 */
final class FeedReader {

	static final int MAX_ENTRIES = 100;

	private FeedReader() {
	}

	/** What a feed URL served: either a CAP document or the CAP document links of its entries. */
	record Feed(Document alert, List<URI> links) {
	}

	static Feed read(byte[] body, URI base) {
		Document document = CapXml.parse(body);
		if (CapXml.isCapAlert(document)) {
			return new Feed(document, List.of());
		}
		Element root = document.getDocumentElement();
		Set<URI> links = new LinkedHashSet<>();
		if (CapWriter.ATOM.equals(root.getNamespaceURI()) && "feed".equals(root.getLocalName())) {
			for (Element entry : CapXml.children(root, CapWriter.ATOM, "entry")) {
				String href = atomLink(entry);
				add(links, base, href);
			}
		}
		else if (root.getNamespaceURI() == null && "rss".equals(root.getLocalName())) {
			Element channel = CapXml.child(root, null, "channel");
			if (channel != null) {
				for (Element item : CapXml.children(channel, null, "item")) {
					Element enclosure = CapXml.child(item, null, "enclosure");
					Element link = CapXml.child(item, null, "link");
					String href = link != null ? link.getTextContent().strip()
							: enclosure != null ? enclosure.getAttribute("url") : null;
					add(links, base, href);
				}
			}
		}
		else {
			throw new CapRefused("peringatan.fetch.not-feed", CapXml.rootName(document));
		}
		return new Feed(null, new ArrayList<>(links).subList(0, Math.min(links.size(), MAX_ENTRIES)));
	}

	/** The entry's link to its CAP document: the one typed as CAP, else the alternate one, else the first. */
	private static String atomLink(Element entry) {
		List<Element> links = CapXml.children(entry, CapWriter.ATOM, "link");
		for (Element link : links) {
			if (link.getAttribute("type").toLowerCase(Locale.ROOT).contains("cap")) {
				return link.getAttribute("href");
			}
		}
		for (Element link : links) {
			String rel = link.getAttribute("rel");
			if (rel.isEmpty() || "alternate".equals(rel)) {
				return link.getAttribute("href");
			}
		}
		return links.isEmpty() ? null : links.get(0).getAttribute("href");
	}

	private static void add(Set<URI> links, URI base, String href) {
		if (href == null || href.isBlank()) {
			return;
		}
		try {
			URI resolved = base.resolve(href.strip());
			String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
			if (scheme.equals("http") || scheme.equals("https")) {
				links.add(resolved);
			}
		}
		catch (IllegalArgumentException ex) {
			// A broken link in one entry does not spoil the others; the entry is skipped.
		}
	}
}
