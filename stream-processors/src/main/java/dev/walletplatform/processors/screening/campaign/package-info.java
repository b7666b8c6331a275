/**
 * Campaign budgets for screening: {@link
 * dev.walletplatform.processors.screening.campaign.CampaignBudgetTopology} counts what the ledger
 * paid per campaign and publishes it to the compacted topic screening reads as a global table.
 */
package dev.walletplatform.processors.screening.campaign;
