# This root composed the modules itself until modules/region took them over. These blocks let an
# existing state follow the move instead of destroying and re-creating the region (the VPC, EKS,
# MSK, the secrets and their generated passwords). Delete them once this region's state has been
# applied with them; until then a plan must show only moves here. The external-secrets policy
# document is a data source, read again in its new place: nothing to move.

moved {
  from = module.network
  to   = module.region.module.network
}

moved {
  from = module.eks
  to   = module.region.module.eks
}

moved {
  from = module.karpenter
  to   = module.region.module.karpenter
}

moved {
  from = module.cockroachdb_link
  to   = module.region.module.cockroachdb_link
}

moved {
  from = module.secrets
  to   = module.region.module.secrets
}

moved {
  from = module.credentials
  to   = module.region.module.credentials
}

moved {
  from = module.msk
  to   = module.region.module.msk
}

moved {
  from = module.workload_identity
  to   = module.region.module.workload_identity
}
