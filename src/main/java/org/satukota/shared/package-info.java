/**
 * The shared kernel: the few types every module speaks in (who acted, audited events, policy violations).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.satukota.shared;
