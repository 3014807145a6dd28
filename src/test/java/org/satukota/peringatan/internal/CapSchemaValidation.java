package org.satukota.peringatan.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * The OASIS CAP 1.2 schema, loaded by the tests themselves with javax.xml.validation (independently of the
 * production validator), so a document the platform produces is checked by a second reading.
 */
final class CapSchemaValidation {

	private static final Schema SCHEMA = load();

	private CapSchemaValidation() {
	}

	private static Schema load() {
		try (InputStream xsd = CapSchemaValidation.class.getResourceAsStream("/peringatan/cap12.xsd")) {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			return factory.newSchema(new StreamSource(xsd));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Throws with the schema's complaint when {@code xml} is not a valid CAP 1.2 document. */
	static void assertValid(byte[] xml) throws Exception {
		SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
	}
}
