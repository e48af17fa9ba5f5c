package io.sigillo.it.abuse;

import io.sigillo.otp.api.OtpKeyRotation;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A page a web constraint forgot (test deployment only): anyone reaches it, so the platform-only
 * business call behind it is stopped by the EJB container alone.
 */
@WebServlet(RolesProbeServlet.PATH)
public class RolesProbeServlet extends HttpServlet {

  static final String PATH = "/it/roles-probe";

  private static final long serialVersionUID = 1L;

  @Inject private transient OtpKeyRotation rotation;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.getWriter().write(rotation.currentKeyId());
  }
}
