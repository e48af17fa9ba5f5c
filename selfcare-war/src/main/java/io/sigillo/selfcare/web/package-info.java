/** Request plumbing shared by pages and API: correlation ids, language choice. */
package io.sigillo.selfcare.web;
