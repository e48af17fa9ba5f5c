/**
 * Hardware-token seed files and what an import does with them, free of EJB and persistence: the RFC
 * 6030 PSKC reader (plain, pre-shared AES key and PBKDF2 password, MAC checked, parsed with the
 * JDK's XML parser hardened against DTDs and external entities), the CSV reader, the checks every
 * entry passes whatever its format, and the import plan that sorts entries into new, already
 * present, duplicated and rejected without ever rewinding a counter.
 */
package io.sigillo.otp.domain.inventory;
