package io.sigillo.signature.api;

import java.time.Duration;

/**
 * A holder migrated from a previous system (demo data, a reseller's earlier provider): the data are
 * stored as they come, without the codice fiscale check, and each contact is claimed only if no
 * other holder has it. A renewal checks both again, which is when such holders meet the "holder
 * data inconsistent" and "contact already in use" branches.
 *
 * @param signDeviceId an active OTP device of the registry owned by {@code username}
 * @param certificateValidity validity of the certificate issued for the import
 */
public record HolderImport(
    String username,
    HolderData data,
    String mobile,
    String email,
    char[] password,
    long signDeviceId,
    Duration certificateValidity) {

  @Override
  public String toString() {
    return "HolderImport[" + username + "]";
  }
}
