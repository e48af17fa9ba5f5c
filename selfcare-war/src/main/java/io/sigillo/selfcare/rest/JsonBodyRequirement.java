package io.sigillo.selfcare.rest;

import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.web.hardening.WebSecurityError;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/**
 * An operation that reads a JSON body gets one declared as {@code application/json}, or a
 * catalogued 415. A missing {@code Content-Type} would otherwise match any {@code @Consumes} and
 * reach the operation with an empty body; and insisting on the JSON type keeps other sites' pages
 * out, since a browser sends it across sites only after a CORS preflight the portal never grants.
 * Operations that declare only other types (a logo, a token file) are left to their own
 * {@code @Consumes}; an operation that declares none reads JSON, as the whole API does.
 */
@Provider
public class JsonBodyRequirement implements ContainerRequestFilter {

  private static final Set<Class<? extends Annotation>> NOT_THE_BODY =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class,
          Context.class);

  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null || !readsJsonBody(method, resource.getResourceClass())) {
      return;
    }
    MediaType type = request.getMediaType();
    if (type == null
        || !"application".equalsIgnoreCase(type.getType())
        || !"json".equalsIgnoreCase(type.getSubtype())) {
      throw new SigilloException(WebSecurityError.UNSUPPORTED_MEDIA_TYPE);
    }
  }

  static boolean readsJsonBody(Method method, Class<?> resourceClass) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    if (consumes == null && resourceClass != null) {
      consumes = resourceClass.getAnnotation(Consumes.class);
    }
    // the API speaks JSON unless an operation says otherwise
    if (consumes != null
        && Arrays.stream(consumes.value())
            .flatMap(v -> Arrays.stream(v.split(",")))
            .noneMatch(v -> v.trim().startsWith(MediaType.APPLICATION_JSON))) {
      return false;
    }
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      if (Arrays.stream(annotations).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()))) {
        return true;
      }
    }
    return false;
  }
}
