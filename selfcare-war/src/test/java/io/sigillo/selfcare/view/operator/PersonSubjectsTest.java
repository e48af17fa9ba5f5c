package io.sigillo.selfcare.view.operator;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.audit.AuditSubject;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.otp.api.DeviceSummary;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PersonSubjectsTest {

  private static IdentitySummary identity(long id, String username) {
    return new IdentitySummary(
        id, username, null, null, null, null, null, null, null, null, false, false, null, false);
  }

  private static DeviceSummary device(long id) {
    return new DeviceSummary(
        id, "mario", null, null, null, null, 6, 30, false, 0, 0, null, null, null);
  }

  @Test
  void onlyThePersonsOwnSubjectsMatchNotThoseThatStartTheSame() {
    Set<String> subjects =
        PersonBacking.subjectsOf(identity(4, "mario"), List.of(device(1))).stream()
            .map(AuditSubject::key)
            .collect(Collectors.toSet());

    assertThat(subjects).contains("person:mario", "identity:4", "otp-device:1");
    assertThat(subjects)
        .doesNotContain("person:mario2", "identity:42", "otp-device:12", "otp-device:10");
  }
}
