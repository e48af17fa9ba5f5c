/**
 * The platform's one data source and the schema migrations of every module. They live in the OTP
 * module because it is the EJB module every other one stands on: any deployment that has a module
 * with tables has this one, and the web edge deploys without owning the database.
 */
package io.sigillo.otp.infrastructure.database;
