package org.satukota.kendali.internal;

enum CallChannel {
	PHONE, RADIO, WALK_IN, OTHER
}
