package org.satukota.peringatan.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Safe XML reading and the OASIS CAP 1.2 schema. Documents from outside are parsed with DOCTYPEs refused outright
 * (no entities, so no XXE and no entity expansion bombs) and no external fetching, then validated.
 */
final class CapXml {

	private static final Schema SCHEMA = loadSchema();

	private CapXml() {
	}

	private static Schema loadSchema() {
		try (InputStream xsd = CapXml.class.getResourceAsStream("/peringatan/cap12.xsd")) {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			return factory.newSchema(new StreamSource(xsd));
		}
		catch (IOException | SAXException ex) {
			throw new IllegalStateException("The CAP 1.2 schema could not be loaded", ex);
		}
	}

	/** Parses untrusted XML into a namespace-aware DOM; refuses DOCTYPEs and anything not well-formed. */
	static Document parse(byte[] bytes) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new DefaultHandler()); // no parser chatter on stderr
			return builder.parse(new ByteArrayInputStream(bytes));
		}
		catch (SAXException ex) {
			throw new CapRefused("peringatan.fetch.malformed", ex.getMessage(), ex);
		}
		catch (IOException | ParserConfigurationException ex) {
			throw new CapRefused("peringatan.fetch.malformed", ex.toString(), ex);
		}
	}

	/** Validates a CAP document against the OASIS CAP 1.2 schema. */
	static void validate(Document document) {
		try {
			Validator validator = SCHEMA.newValidator();
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.validate(new DOMSource(document));
		}
		catch (SAXException ex) {
			throw new CapRefused("peringatan.fetch.invalid", ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new CapRefused("peringatan.fetch.invalid", ex.toString(), ex);
		}
	}

	/** Parses and validates; the returned document is a CAP 1.2 alert. */
	static Document validAlert(byte[] bytes) {
		Document document = parse(bytes);
		if (!isCapAlert(document)) {
			throw new CapRefused("peringatan.fetch.not-cap", rootName(document));
		}
		validate(document);
		return document;
	}

	static boolean isCapAlert(Document document) {
		Element root = document.getDocumentElement();
		return Cap.NS.equals(root.getNamespaceURI()) && "alert".equals(root.getLocalName());
	}

	static String rootName(Document document) {
		Element root = document.getDocumentElement();
		return "{" + root.getNamespaceURI() + "}" + root.getLocalName();
	}

	/** Reads a validated CAP document into the platform's model (first {@code info} block only). */
	static Cap.Alert read(Document document) {
		Element alert = document.getDocumentElement();
		Element info = child(alert, Cap.NS, "info");
		Cap.Info parsedInfo = null;
		if (info != null) {
			List<Cap.Area> areas = new ArrayList<>();
			for (Element area : children(info, Cap.NS, "area")) {
				List<Cap.Geocode> geocodes = new ArrayList<>();
				for (Element geocode : children(area, Cap.NS, "geocode")) {
					geocodes.add(new Cap.Geocode(text(geocode, "valueName"), text(geocode, "value")));
				}
				areas.add(new Cap.Area(text(area, "areaDesc"), texts(area, "polygon"), texts(area, "circle"),
						geocodes));
			}
			parsedInfo = new Cap.Info(text(info, "language"), texts(info, "category"), text(info, "event"),
					text(info, "urgency"), text(info, "severity"), text(info, "certainty"), text(info, "effective"),
					text(info, "onset"), text(info, "expires"), text(info, "senderName"), text(info, "headline"),
					text(info, "description"), text(info, "instruction"), text(info, "web"), areas);
		}
		return new Cap.Alert(text(alert, "identifier"), text(alert, "sender"), text(alert, "sent"),
				text(alert, "status"), text(alert, "msgType"), text(alert, "scope"), text(alert, "note"),
				Cap.Reference.parseAll(text(alert, "references")), parsedInfo);
	}

	static Element child(Element parent, String ns, String name) {
		List<Element> all = children(parent, ns, name);
		return all.isEmpty() ? null : all.get(0);
	}

	static List<Element> children(Element parent, String ns, String name) {
		List<Element> found = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(element.getLocalName())
					&& (ns == null || ns.equals(element.getNamespaceURI()))) {
				found.add(element);
			}
		}
		return found;
	}

	private static String text(Element parent, String name) {
		Element element = child(parent, Cap.NS, name);
		return element == null ? null : element.getTextContent().strip();
	}

	private static List<String> texts(Element parent, String name) {
		return children(parent, Cap.NS, name).stream().map(e -> e.getTextContent().strip()).toList();
	}
}
