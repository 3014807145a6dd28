package org.satukota.peringatan.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes CAP 1.2 documents and the Atom feed listing them with StAX, so escaping is the library's job. */
final class CapWriter {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private CapWriter() {
	}

	/** An entry of the Atom feed: one published CAP message. */
	record FeedEntry(String identifier, String title, String summary, String sent, String sender, String xmlUrl,
			String pageUrl) {
	}

	static byte[] alert(Cap.Alert alert) {
		return write(xml -> {
			xml.setDefaultNamespace(Cap.NS);
			xml.writeStartElement(Cap.NS, "alert");
			xml.writeDefaultNamespace(Cap.NS);
			text(xml, Cap.NS, "identifier", alert.identifier());
			text(xml, Cap.NS, "sender", alert.sender());
			text(xml, Cap.NS, "sent", alert.sent());
			text(xml, Cap.NS, "status", alert.status());
			text(xml, Cap.NS, "msgType", alert.msgType());
			text(xml, Cap.NS, "scope", alert.scope());
			text(xml, Cap.NS, "note", alert.note());
			text(xml, Cap.NS, "references", alert.referencesText());
			if (alert.info() != null) {
				info(xml, alert.info());
			}
			xml.writeEndElement();
		});
	}

	private static void info(XMLStreamWriter xml, Cap.Info info) throws XMLStreamException {
		xml.writeStartElement(Cap.NS, "info");
		text(xml, Cap.NS, "language", info.language());
		for (String category : info.categories()) {
			text(xml, Cap.NS, "category", category);
		}
		text(xml, Cap.NS, "event", info.event());
		text(xml, Cap.NS, "urgency", info.urgency());
		text(xml, Cap.NS, "severity", info.severity());
		text(xml, Cap.NS, "certainty", info.certainty());
		text(xml, Cap.NS, "effective", info.effective());
		text(xml, Cap.NS, "onset", info.onset());
		text(xml, Cap.NS, "expires", info.expires());
		text(xml, Cap.NS, "senderName", info.senderName());
		text(xml, Cap.NS, "headline", info.headline());
		text(xml, Cap.NS, "description", info.description());
		text(xml, Cap.NS, "instruction", info.instruction());
		text(xml, Cap.NS, "web", info.web());
		for (Cap.Area area : info.areas()) {
			xml.writeStartElement(Cap.NS, "area");
			text(xml, Cap.NS, "areaDesc", area.description());
			for (String polygon : area.polygons()) {
				text(xml, Cap.NS, "polygon", polygon);
			}
			for (String circle : area.circles()) {
				text(xml, Cap.NS, "circle", circle);
			}
			for (Cap.Geocode geocode : area.geocodes()) {
				xml.writeStartElement(Cap.NS, "geocode");
				text(xml, Cap.NS, "valueName", geocode.valueName());
				text(xml, Cap.NS, "value", geocode.value());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	static byte[] atomFeed(String feedId, String title, String selfUrl, String updated, String author,
			List<FeedEntry> entries) {
		return write(xml -> {
			xml.setDefaultNamespace(ATOM);
			xml.writeStartElement(ATOM, "feed");
			xml.writeDefaultNamespace(ATOM);
			text(xml, ATOM, "id", feedId);
			text(xml, ATOM, "title", title);
			text(xml, ATOM, "updated", updated);
			link(xml, "self", "application/atom+xml", selfUrl);
			xml.writeStartElement(ATOM, "author");
			text(xml, ATOM, "name", author);
			xml.writeEndElement();
			for (FeedEntry entry : entries) {
				xml.writeStartElement(ATOM, "entry");
				text(xml, ATOM, "id", entry.xmlUrl());
				text(xml, ATOM, "title", entry.title());
				text(xml, ATOM, "updated", entry.sent());
				xml.writeStartElement(ATOM, "author");
				text(xml, ATOM, "name", entry.sender());
				xml.writeEndElement();
				text(xml, ATOM, "summary", entry.summary());
				link(xml, "alternate", "application/cap+xml", entry.xmlUrl());
				link(xml, "related", "text/html", entry.pageUrl());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement(ATOM, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	private static void text(XMLStreamWriter xml, String ns, String name, String value) throws XMLStreamException {
		if (value == null || value.isEmpty()) {
			return;
		}
		xml.writeStartElement(ns, name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;
	}

	private static byte[] write(Body body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
		try {
			XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write XML", ex);
		}
		return out.toByteArray();
	}

	static String string(byte[] xml) {
		return new String(xml, StandardCharsets.UTF_8);
	}
}
