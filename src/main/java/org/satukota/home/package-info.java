/**
 * The home pages of signed-in people: {@code /beranda} sends citizens to {@code /warga} and staff to
 * {@code /staf}; {@code /admin} is the administrators' index. Other modules add links to the staff home by
 * providing a {@link org.satukota.home.StaffMenuContributor} bean.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.satukota.home;
