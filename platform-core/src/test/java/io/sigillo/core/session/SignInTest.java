package io.sigillo.core.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInTest {

  @Test
  void aSignInReadsBackFromItsDetail() {
    SignIn signIn = new SignIn(2, "smartphone", "Chrome 131 · Android", "93.41.7.0/24");
    assertThat(SignIn.parse(signIn.detail())).contains(signIn);
  }

  @Test
  void separatorsInAUserAgentCannotForgeAField() {
    SignIn signIn = new SignIn(1, "computer", "Evil;level=2", "?");
    assertThat(SignIn.parse(signIn.detail()).orElseThrow().level()).isEqualTo(1);
    assertThat(SignIn.parse(signIn.detail()).orElseThrow().client()).isEqualTo("Evil level 2");
  }

  @Test
  void anyOtherDetailIsNoSignIn() {
    assertThat(SignIn.parse("SPID password changed in self-care at level 2")).isEmpty();
    assertThat(SignIn.parse(null)).isEmpty();
  }
}
