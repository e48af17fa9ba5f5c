/** Faces backing beans, one package per feature: bound fields, one api call, navigation. */
package io.sigillo.selfcare.view;
