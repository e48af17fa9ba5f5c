package io.sigillo.selfcare.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Root of the REST API. */
@ApplicationPath("api")
public class RestApplication extends Application {}
