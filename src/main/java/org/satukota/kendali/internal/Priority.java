package org.satukota.kendali.internal;

enum Priority {
	HIGH, MEDIUM, LOW
}
