package io.sigillo.selfcare.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.selfcare.rest.platform.PlatformTenantsResource;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class JsonBodyRequirementTest {

  @Test
  void operationsWithAJsonBodyRequireItAndOthersAreLeftAlone() {
    assertThat(reads("create")).as("create a tenant: JSON body").isTrue();
    assertThat(reads("edit")).as("edit a tenant: JSON body and a path parameter").isTrue();
    assertThat(reads("uploadLogo")).as("a logo: its own image types").isFalse();
    assertThat(reads("enable")).as("no body at all").isFalse();
    assertThat(reads("get")).as("a GET").isFalse();
  }

  private static boolean reads(String name) {
    Method method =
        Arrays.stream(PlatformTenantsResource.class.getMethods())
            .filter(m -> m.getName().equals(name))
            .findFirst()
            .orElseThrow();
    return JsonBodyRequirement.readsJsonBody(method, PlatformTenantsResource.class);
  }
}
