/**
 * How failures reach people: the catalogue text in their language, a correlation id that is also in
 * the log line, and never a stack trace — for pages (the {@code /error} servlet) and for the API
 * (exception mappers with a JSON body).
 */
package io.sigillo.selfcare.error;
