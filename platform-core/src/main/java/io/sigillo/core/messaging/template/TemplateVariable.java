package io.sigillo.core.messaging.template;

/**
 * A variable a template may name as {@code {{name}}}.
 *
 * @param name the name in the template
 * @param secret a code or a link that opens an account: filled only in a real message, never in a
 *     preview, never allowed in an e-mail subject (subjects are shown on lock screens and kept in
 *     mail server logs)
 * @param required the template must name it (a code message without the code is useless)
 */
public record TemplateVariable(String name, boolean secret, boolean required) {}
