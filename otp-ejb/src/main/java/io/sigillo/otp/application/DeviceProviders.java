package io.sigillo.otp.application;

import io.sigillo.otp.api.DeviceType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/** The device providers deployed, by type; a type without a provider cannot be used. */
@ApplicationScoped
public class DeviceProviders {

  @Inject @Any private Instance<DeviceProvider> deployed;

  private final Map<DeviceType, DeviceProvider> byType = new EnumMap<>(DeviceType.class);

  @PostConstruct
  void index() {
    for (DeviceProvider provider : deployed) {
      if (byType.putIfAbsent(provider.type(), provider) != null) {
        throw new IllegalStateException("two providers for device type " + provider.type().id());
      }
    }
  }

  public DeviceProvider of(DeviceType type) {
    DeviceProvider provider = byType.get(type);
    if (provider == null) {
      throw new IllegalStateException("no provider for device type " + type.id());
    }
    return provider;
  }
}
