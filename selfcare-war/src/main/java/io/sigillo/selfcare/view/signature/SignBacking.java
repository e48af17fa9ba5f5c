package io.sigillo.selfcare.view.signature;

import io.sigillo.core.error.SigilloException;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.web.RequestContext;
import io.sigillo.signature.api.RemoteSigning;
import io.sigillo.signature.api.SignatureDevice;
import io.sigillo.signature.api.SignatureDeviceChange;
import io.sigillo.signature.api.SignatureError;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Signing a PDF: upload, then the remote-signature password and an OTP of the signature device,
 * then the download of the signed file. The document stays in this page's state only.
 */
@Named
@ViewScoped
public class SignBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the holder is in the signature. */
  public enum Step {
    UPLOAD,
    AUTHORISE,
    DONE
  }

  @Inject private RemoteSigning signing;
  @Inject private SignatureDevice device;
  @Inject private RequestContext request;
  @Inject private SignaturePage page;

  private Step step = Step.UPLOAD;
  private transient Part file;
  private String fileName;
  private byte[] document;
  private byte[] signed;
  private String password;
  private String otp;
  private SignatureDeviceChange deviceChange = SignatureDeviceChange.NONE;

  /**
   * A device that moved is said before the holder uploads anything, with the step that fixes it.
   */
  @PostConstruct
  void load() {
    try {
      if (device.device(request.tenant(), request.username()).isPresent()) {
        deviceChange = device.change(request.tenant(), request.username());
      }
    } catch (SigilloException notAHolder) {
      // no holder, no device: the signature itself answers with its catalogued refusal
      deviceChange = SignatureDeviceChange.NONE;
    }
  }

  public String upload() {
    FacesErrors.attempt(
        () -> {
          if (file == null || file.getSize() == 0) {
            throw new SigilloException(SignatureError.DOCUMENT_NOT_PDF);
          }
          if (file.getSize() > RemoteSigning.MAX_PDF_BYTES) {
            throw new SigilloException(
                SignatureError.DOCUMENT_TOO_LARGE, RemoteSigning.MAX_PDF_BYTES / (1024 * 1024));
          }
          document = read(file);
          fileName = safeName(file.getSubmittedFileName());
          step = Step.AUTHORISE;
        });
    return null;
  }

  /** The uploaded bytes; a file that cannot be read is refused as not a PDF. */
  private static byte[] read(Part file) {
    try (InputStream in = file.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new SigilloException(SignatureError.DOCUMENT_NOT_PDF);
    }
  }

  public String sign() {
    FacesErrors.attempt(
        () -> {
          signed =
              signing.signPdf(
                  request.tenant(),
                  request.username(),
                  document,
                  password == null ? new char[0] : password.toCharArray(),
                  otp,
                  request.actor());
          document = null;
          step = Step.DONE;
        },
        () -> {
          password = null;
          otp = null;
        });
    return null;
  }

  public void download() {
    page.download(signed, fileName.replaceAll("(?i)\\.pdf$", "") + "-firmato.pdf");
  }

  public String another() {
    step = Step.UPLOAD;
    signed = null;
    document = null;
    return null;
  }

  private static String safeName(String submitted) {
    String name = submitted == null ? "documento.pdf" : submitted.replaceAll(".*[\\\\/]", "");
    name = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return name.isBlank() ? "documento.pdf" : name;
  }

  public SignatureDeviceChange getDeviceChange() {
    return deviceChange;
  }

  public Step getStep() {
    return step;
  }

  public String getFileName() {
    return fileName;
  }

  public int getSize() {
    return document == null ? 0 : document.length;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getOtp() {
    return otp;
  }

  public void setOtp(String otp) {
    this.otp = otp;
  }
}
