package io.sigillo.selfcare.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.sigillo.core.security.Assurance;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.tenancy.api.LoginClients;
import io.sigillo.tenancy.api.LoginClients.Kind;
import java.text.ParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerTokensTest {

  private static final TenantId ALPHA = TenantId.of("alpha");

  private static JWTClaimsSet person(Kind client, String acr) {
    return new JWTClaimsSet.Builder()
        .subject("mario")
        .claim("azp", client.clientId(ALPHA))
        .claim("acr", acr)
        .build();
  }

  @Test
  void aPortalTokenWithSpidLevelTwoIsLevelTwoLikeTheSigningAppsOne() throws ParseException {
    for (Kind client : new Kind[] {Kind.PORTAL, Kind.SIGNING_APP}) {
      assertThat(
              BearerTokens.assurance(
                  person(client, LoginClients.SPID_LEVEL_2), Optional.of(client), false))
          .as(client.name())
          .isEqualTo(Assurance.LEVEL_2);
    }
  }

  @Test
  void aPortalTokenAtLevelOneOrWithoutAcrIsLevelOne() throws ParseException {
    assertThat(
            BearerTokens.assurance(
                person(Kind.PORTAL, "https://www.spid.gov.it/SpidL1"),
                Optional.of(Kind.PORTAL),
                false))
        .isEqualTo(Assurance.LEVEL_1);
    assertThat(BearerTokens.assurance(person(Kind.PORTAL, null), Optional.of(Kind.PORTAL), false))
        .isEqualTo(Assurance.LEVEL_1);
    // a level spelt differently is no level 2
    assertThat(BearerTokens.assurance(person(Kind.PORTAL, "2"), Optional.of(Kind.PORTAL), false))
        .isEqualTo(Assurance.LEVEL_1);
  }

  @Test
  void aBackEndOrAnotherClientsSpidLevelTwoProvesNoPersonsLevelTwo() throws ParseException {
    assertThat(
            BearerTokens.assurance(
                person(Kind.BACK_END, LoginClients.SPID_LEVEL_2), Optional.of(Kind.BACK_END), true))
        .isEqualTo(Assurance.NONE);
    assertThat(
            BearerTokens.assurance(
                person(Kind.PORTAL, LoginClients.SPID_LEVEL_2), Optional.empty(), false))
        .isEqualTo(Assurance.LEVEL_1);
  }
}
