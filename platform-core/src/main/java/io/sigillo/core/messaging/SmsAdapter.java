package io.sigillo.core.messaging;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@link SmsGateway} adapter with its configuration id. Adapters carry only this
 * qualifier, so they never satisfy a plain {@code @Inject SmsGateway}: that one is the configured
 * adapter.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface SmsAdapter {

  /** The value of {@code sigillo.sms.gateway} that selects this adapter. */
  String value();

  /** For selecting an adapter by id at run time. */
  final class Literal extends AnnotationLiteral<SmsAdapter> implements SmsAdapter {

    private static final long serialVersionUID = 1L;

    private final String value;

    private Literal(String value) {
      this.value = value;
    }

    public static Literal of(String id) {
      return new Literal(id);
    }

    @Override
    public String value() {
      return value;
    }
  }
}
