package io.sigillo.otp.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.messaging.template.Channel;
import io.sigillo.core.messaging.template.NotificationKind;
import io.sigillo.otp.api.SmsPurpose;
import org.junit.jupiter.api.Test;

/** Every purpose of an SMS code has its text in the notification catalogue. */
class SmsCodeKindsTest {

  @Test
  void everyPurposeHasAnSmsKindNamingTheCode() {
    for (SmsPurpose purpose : SmsPurpose.values()) {
      NotificationKind kind = NotificationKind.smsCode(purpose.name());
      assertThat(kind.channel()).isEqualTo(Channel.SMS);
      assertThat(kind.variables()).anyMatch(v -> v.name().equals("code") && v.required());
    }
  }
}
