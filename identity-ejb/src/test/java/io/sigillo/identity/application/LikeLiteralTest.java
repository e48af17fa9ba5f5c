package io.sigillo.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeLiteralTest {

  @Test
  void wildcardsAndTheEscapeCharacterMatchThemselves() {
    assertThat(IdentityDirectoryBean.likeLiteral("%")).isEqualTo("!%");
    assertThat(IdentityDirectoryBean.likeLiteral("a_b")).isEqualTo("a!_b");
    assertThat(IdentityDirectoryBean.likeLiteral("50%!")).isEqualTo("50!%!!");
    assertThat(IdentityDirectoryBean.likeLiteral("rossi")).isEqualTo("rossi");
  }
}
