/**
 * The platform's scheduled work shared by every node: a lease in the database that lets one node at
 * a time run a job ({@link io.sigillo.core.schedule.JobLease}), and the port through which each
 * module purges its own expired records ({@link io.sigillo.core.schedule.ExpiredRecords}).
 */
package io.sigillo.core.schedule;
