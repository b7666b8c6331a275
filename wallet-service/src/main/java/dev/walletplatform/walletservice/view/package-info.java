/**
 * The live command-status view of stream-processors, asked before the database: {@link
 * dev.walletplatform.walletservice.view.StatusViewClient}.
 */
package dev.walletplatform.walletservice.view;
