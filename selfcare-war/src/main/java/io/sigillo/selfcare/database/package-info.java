/** The platform data source as the application declares it (the schema is otp-ejb's to migrate). */
package io.sigillo.selfcare.database;
