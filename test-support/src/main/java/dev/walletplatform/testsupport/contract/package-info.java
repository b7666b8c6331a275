/**
 * The services' published OpenAPI documents as test oracles: {@link
 * dev.walletplatform.testsupport.contract.OpenApiContract} checks every exchange of a service's
 * integration tests against its openapi.yaml; {@link
 * dev.walletplatform.testsupport.contract.OpenApiDocument} lets unit tests check what the document
 * lists.
 */
package dev.walletplatform.testsupport.contract;
