/** The tenant's notification texts over REST, for its operators at level 2 and its back ends. */
package io.sigillo.selfcare.rest.notification;
