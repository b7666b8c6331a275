/**
 * JUnit 5 extensions that own the real servers of *IT tests, one of each per test JVM; the entry
 * points are {@link dev.walletplatform.testsupport.KafkaClusterExtension} and {@link
 * dev.walletplatform.testsupport.PostgresExtension}.
 */
package dev.walletplatform.testsupport;
