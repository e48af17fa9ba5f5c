package io.sigillo.selfcare.view.operator;

import io.sigillo.core.error.SigilloException;
import io.sigillo.identity.api.CodeChannel;
import io.sigillo.identity.api.CodeOutcome;
import io.sigillo.identity.api.CodeSent;
import io.sigillo.identity.api.ContactConfirmation;
import io.sigillo.identity.api.DocumentScanUpload;
import io.sigillo.identity.api.DocumentType;
import io.sigillo.identity.api.EnrolmentStarted;
import io.sigillo.identity.api.Enrolments;
import io.sigillo.identity.api.IdentityError;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.identity.api.NewEnrolment;
import io.sigillo.identity.api.PendingEnrolment;
import io.sigillo.identity.api.ProofingMethod;
import io.sigillo.selfcare.view.FacesErrors;
import io.sigillo.selfcare.view.Pages;
import io.sigillo.selfcare.web.PortalUrls;
import io.sigillo.selfcare.web.RequestContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An operator enrols a customer: personal data, contacts, the identity-proofing record and a scan
 * of the document; then the two codes the customer reads out (SMS and e-mail), each of which can be
 * sent again while its contact is unproven. An operator comes back to a pending enrolment with
 * {@code ?u=username} (the person's page links it). The identity module decides everything
 * (operator at level 2, data against the codice fiscale, document validity, when a code may go
 * again).
 */
@Named
@ViewScoped
public class EnrolBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The activation page, which the token is appended to. */
  public static final String ACTIVATION_PAGE = "/activate.xhtml?token=";

  @Inject private RequestContext portal;
  @Inject private Enrolments enrolments;

  private String username;
  private String givenName;
  private String surname;
  private String sex;
  private String birthDate;
  private String placeOfBirth;
  private String provinceOfBirth;
  private String codiceFiscale;
  private String email;
  private String mobile;
  private ProofingMethod method;
  private DocumentType documentType;
  private String documentNumber;
  private String documentIssuer;
  private String documentExpiry;
  private transient Part scan;

  /** The person of {@code ?u=}, whose pending enrolment the operator continues. */
  private String pending;

  private IdentitySummary identity;
  private String maskedMobile;
  private String maskedEmail;
  private boolean resumed;
  private String smsChallengeId;
  private String emailCodeId;
  private String smsCode;
  private String emailCode;
  private boolean complete;

  /** View action: the enrolment of {@code ?u=}, if it still waits for its contacts. */
  public void resume() {
    if (pending == null || pending.isBlank()) {
      return;
    }
    FacesErrors.attempt(
        () -> {
          PendingEnrolment found =
              enrolments.pending(portal.tenant(), pending.strip(), portal.actor());
          identity = found.identity();
          maskedMobile = found.maskedMobile();
          maskedEmail = found.maskedEmail();
          resumed = true;
        });
  }

  public String start() {
    FacesErrors.attempt(
        () -> {
          List<DocumentScanUpload> scans = new ArrayList<>();
          if (scan != null && scan.getSize() > 0) {
            scans.add(new DocumentScanUpload(scan.getSubmittedFileName(), read(scan)));
          }
          EnrolmentStarted started =
              enrolments.start(
                  portal.tenant(),
                  new NewEnrolment(
                      username,
                      givenName,
                      surname,
                      sex,
                      date(birthDate, "birthDate", IdentityError.INVALID_IDENTITY_DATA),
                      placeOfBirth,
                      provinceOfBirth,
                      codiceFiscale,
                      email,
                      mobile,
                      method,
                      documentType,
                      documentNumber,
                      documentIssuer,
                      date(documentExpiry, "documentExpiry", IdentityError.PROOFING_INVALID)),
                  scans,
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          identity = started.identity();
          maskedMobile = started.maskedMobile();
          maskedEmail = started.maskedEmail();
          smsChallengeId = started.smsChallengeId();
          emailCodeId = started.emailCodeId();
        });
    scan = null;
    return null;
  }

  public String resendSms() {
    return resend(CodeChannel.SMS);
  }

  public String resendEmail() {
    return resend(CodeChannel.EMAIL);
  }

  /**
   * A new code to one unproven contact; the earlier one stops working, so only that contact's typed
   * code is cleared. A refusal (too soon, already proven) keeps what the operator typed.
   */
  private String resend(CodeChannel channel) {
    FacesErrors.attempt(
        () -> {
          CodeSent sent =
              enrolments.resendContactCode(
                  portal.tenant(),
                  identity.username(),
                  channel,
                  portal.locale(),
                  portal.tenantName(),
                  portal.actor());
          if (channel == CodeChannel.SMS) {
            smsChallengeId = sent.challengeId();
            smsCode = null;
          } else {
            emailCodeId = sent.challengeId();
            emailCode = null;
          }
          FacesErrors.info(
              Pages.text("idm", "operator.enrol.resent." + channel, sent.maskedDestination()));
        });
    return null;
  }

  public String confirm() {
    FacesErrors.attempt(
        () -> {
          ContactConfirmation result =
              enrolments.confirmContacts(
                  portal.tenant(),
                  identity.username(),
                  smsChallengeId,
                  smsCode,
                  emailCodeId,
                  emailCode,
                  portal.locale(),
                  portal.tenantName(),
                  PortalUrls.absolute(portal.http(), ACTIVATION_PAGE),
                  portal.actor());
          identity = result.identity();
          complete = result.complete();
          refused(result.mobile(), "operator.enrol.mobile");
          refused(result.email(), "operator.enrol.emailContact");
          if (complete) {
            FacesErrors.info(
                Pages.text("idm", "operator.enrol.done", result.identity().username()));
          }
        },
        () -> {
          smsCode = null;
          emailCode = null;
        });
    return null;
  }

  /** A code that did not prove its contact: the catalogued error, with the attempts left. */
  private static void refused(Optional<CodeOutcome> outcome, String contactKey) {
    if (outcome.isPresent() && !outcome.get().verified()) {
      FacesErrors.show(
          new SigilloException(
              IdentityError.CONTACT_CODE_WRONG,
              Pages.text("idm", contactKey),
              outcome.get().remainingAttempts()));
    }
  }

  private static LocalDate date(String text, String field, IdentityError error) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new SigilloException(error, field, "yyyy-mm-dd");
    }
  }

  private static byte[] read(Part part) {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(5 * 1024 * 1024 + 1);
    } catch (IOException e) {
      throw new SigilloException(IdentityError.DOCUMENT_SCAN_INVALID, "?");
    }
  }

  public ProofingMethod[] getMethods() {
    return ProofingMethod.values();
  }

  public DocumentType[] getDocumentTypes() {
    return DocumentType.values();
  }

  /** The identity being enrolled, once started or found pending; null before. */
  public IdentitySummary getIdentity() {
    return identity;
  }

  public String getMaskedMobile() {
    return maskedMobile;
  }

  public String getMaskedEmail() {
    return maskedEmail;
  }

  /** Come back to through {@code ?u=}: the codes of the first visit are not known here. */
  public boolean isResumed() {
    return resumed;
  }

  /** A code went to the mobile in this view and can be typed. */
  public boolean isSmsSent() {
    return smsChallengeId != null;
  }

  public boolean isEmailSent() {
    return emailCodeId != null;
  }

  public String getPending() {
    return pending;
  }

  public void setPending(String pending) {
    this.pending = pending;
  }

  public boolean isComplete() {
    return complete;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getSurname() {
    return surname;
  }

  public void setSurname(String surname) {
    this.surname = surname;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(String birthDate) {
    this.birthDate = birthDate;
  }

  public String getPlaceOfBirth() {
    return placeOfBirth;
  }

  public void setPlaceOfBirth(String placeOfBirth) {
    this.placeOfBirth = placeOfBirth;
  }

  public String getProvinceOfBirth() {
    return provinceOfBirth;
  }

  public void setProvinceOfBirth(String provinceOfBirth) {
    this.provinceOfBirth = provinceOfBirth;
  }

  public String getCodiceFiscale() {
    return codiceFiscale;
  }

  public void setCodiceFiscale(String codiceFiscale) {
    this.codiceFiscale = codiceFiscale;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMobile() {
    return mobile;
  }

  public void setMobile(String mobile) {
    this.mobile = mobile;
  }

  public ProofingMethod getMethod() {
    return method;
  }

  public void setMethod(ProofingMethod method) {
    this.method = method;
  }

  public DocumentType getDocumentType() {
    return documentType;
  }

  public void setDocumentType(DocumentType documentType) {
    this.documentType = documentType;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public void setDocumentNumber(String documentNumber) {
    this.documentNumber = documentNumber;
  }

  public String getDocumentIssuer() {
    return documentIssuer;
  }

  public void setDocumentIssuer(String documentIssuer) {
    this.documentIssuer = documentIssuer;
  }

  public String getDocumentExpiry() {
    return documentExpiry;
  }

  public void setDocumentExpiry(String documentExpiry) {
    this.documentExpiry = documentExpiry;
  }

  public Part getScan() {
    return scan;
  }

  public void setScan(Part scan) {
    this.scan = scan;
  }

  public String getSmsCode() {
    return smsCode;
  }

  public void setSmsCode(String smsCode) {
    this.smsCode = smsCode;
  }

  public String getEmailCode() {
    return emailCode;
  }

  public void setEmailCode(String emailCode) {
    this.emailCode = emailCode;
  }
}
