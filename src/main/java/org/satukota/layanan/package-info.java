/**
 * Administrative services (layanan administrasi) as versioned metadata: each service type carries its published
 * standard, application form, requirements, workflow and document template. Other modules read it through
 * {@link org.satukota.layanan.ServiceCatalog} and check submitted form values with
 * {@link org.satukota.layanan.FormValidation}. Editing a type publishes a new {@link org.satukota.layanan.ServiceVersion};
 * earlier versions stay readable forever so applications keep the version they were filed under.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Layanan")
package org.satukota.layanan;
