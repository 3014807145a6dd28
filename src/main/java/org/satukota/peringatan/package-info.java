/**
 * Public warnings in CAP 1.2: composing, publishing, updating and cancelling the city's alerts, serving them as CAP
 * documents and an Atom feed, and receiving external CAP feeds (such as BMKG's).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Peringatan dini (CAP)")
package org.satukota.peringatan;
