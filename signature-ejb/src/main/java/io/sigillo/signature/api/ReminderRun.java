package io.sigillo.signature.api;

/**
 * What one tenant's reminder pass did.
 *
 * @param reminders thresholds announced (one reminder each, by e-mail and SMS)
 * @param emails e-mails handed over for delivery after commit
 * @param sms SMS handed over for delivery after commit
 */
public record ReminderRun(int reminders, int emails, int sms) {

  public static final ReminderRun NONE = new ReminderRun(0, 0, 0);

  public ReminderRun plus(ReminderRun other) {
    return new ReminderRun(reminders + other.reminders, emails + other.emails, sms + other.sms);
  }
}
