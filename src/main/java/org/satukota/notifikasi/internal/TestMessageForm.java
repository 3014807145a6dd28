package org.satukota.notifikasi.internal;

/** The "send a test message" form of the outbox page. */
class TestMessageForm {

	private String alamat;

	public String getAlamat() {
		return alamat;
	}

	public void setAlamat(String alamat) {
		this.alamat = alamat;
	}
}
